package id.ekinerja.application.settings;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.settings.SettingsInvalidException.FieldProblem;
import id.ekinerja.domain.model.settings.LogoType;
import id.ekinerja.domain.model.settings.SettingsLogo;
import id.ekinerja.domain.model.settings.SettingsVersion;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.tenantconfig.BehaviourExpectation;
import id.ekinerja.tenantconfig.InvalidTenantFileException;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RuleSet;
import id.ekinerja.tenantconfig.RuleSetJson;
import id.ekinerja.tenantconfig.SettingsJson;
import id.ekinerja.tenantconfig.TenantFileValidator;
import id.ekinerja.tenantconfig.TenantRole;
import id.ekinerja.tenantconfig.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The admin instansi changes the agency's settings. A change never edits a version: it adds one that applies
 * from a stated date (today or later — decisions already taken under the old settings keep them), so the
 * history answers "who changed what, when, from which day" and every version before and after.
 */
@Stateless
public class SettingsAdminService {
    public static final int MAX_NAME = 200;
    public static final int MAX_EXPECTATIONS = 20;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_LOGO = 500;
    public static final int MAX_RULES_JSON = 20_000;
    /** A logo is an https address or a path on this server; nothing that a browser would run. */
    private static final Pattern LOGO = Pattern.compile("(https://|/)[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+");

    /** One version in the history, with what changed against the version before it. */
    public record HistoryLine(long id, LocalDate validFrom, String changedBy, OffsetDateTime changedAt,
                              boolean inForce, List<String> changes) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    AgencySettings agencySettings;

    @Inject
    TenantAuthorization auth;

    @Inject
    Event<TenantActivity> activity;

    /** The form filled with the settings in force today, applying from today. */
    public SettingsForm current(Actor actor) {
        auth.requireRole(actor, TenantRole.ADMIN_INSTANSI);
        SettingsVersion v = inForce(WorkCalendar.today());
        TenantSettings s = v.settings();
        SettingsForm f = new SettingsForm();
        f.setAgencyName(v.getAgencyName());
        f.setLocale(s.locale());
        f.setLogo(s.logo());
        f.setEvaluationScheme(s.evaluationScheme());
        f.setDistributionRounding(s.distributionRounding());
        s.extraBehaviourExpectations().forEach(e ->
                f.getExtraExpectations().add(new SettingsForm.Expectation(e.title(), e.description())));
        s.tunjanganSharePercent().forEach((p, share) -> f.getTunjangan().put(p.name(), share));
        f.setRulesJson(RuleSetJson.toJson(v.rules()));
        f.setValidFrom(WorkCalendar.today());
        return f;
    }

    /**
     * Adds a settings version from the form.
     *
     * @throws SettingsInvalidException listing every problem by field; nothing is stored
     */
    public SettingsVersion change(Actor actor, SettingsForm f) {
        auth.requireRole(actor, TenantRole.ADMIN_INSTANSI);
        List<FieldProblem> problems = new ArrayList<>();
        String name = trim(f.getAgencyName());
        if (name == null) {
            problems.add(new FieldProblem("agencyName", "set.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("agencyName", "set.tooLong", MAX_NAME));
        }
        LocalDate today = WorkCalendar.today();
        if (f.getValidFrom() == null) {
            problems.add(new FieldProblem("validFrom", "set.required"));
        } else if (f.getValidFrom().isBefore(today)) {
            problems.add(new FieldProblem("validFrom", "set.validFrom.past", today));
        } else if (f.getValidFrom().isAfter(today.plusYears(2))) {
            problems.add(new FieldProblem("validFrom", "set.validFrom.tooFar"));
        }
        if (!TenantFileValidator.LOCALES.contains(f.getLocale())) {
            problems.add(new FieldProblem("locale", "set.locale.invalid"));
        }
        String logo = trim(f.getLogo());
        if (logo != null && (logo.length() > MAX_LOGO || !LOGO.matcher(logo).matches() || logo.startsWith("//"))) {
            problems.add(new FieldProblem("logo", "set.logo.invalid"));
        }
        if (f.getEvaluationScheme() == null) {
            problems.add(new FieldProblem("evaluationScheme", "set.required"));
        }
        if (f.getDistributionRounding() == null) {
            problems.add(new FieldProblem("distributionRounding", "set.required"));
        }
        List<BehaviourExpectation> extras = expectations(f, problems);
        Map<Predikat, Integer> tunjangan = tunjangan(f, problems);
        RuleSet rules = rules(f, problems);
        if (!problems.isEmpty()) {
            throw new SettingsInvalidException(problems);
        }
        SettingsVersion base = inForce(f.getValidFrom());
        if (!rules.equals(base.rules()) && rules.version().equals(base.rules().version())) {
            // Results store the version of the rules they were computed under; new tables need a new name.
            throw new SettingsInvalidException(List.of(new FieldProblem("rules", "set.rules.sameVersion",
                    rules.version())));
        }
        TenantSettings settings = new TenantSettings(f.getLocale(), logo, f.getEvaluationScheme(),
                base.settings().annualPeriodYear(), extras, f.getDistributionRounding(), tunjangan);
        // The form checks everything the validator does, with field-level messages; this is the backstop
        // that keeps a stored version always readable by SettingsVersion.settings().
        List<TenantFileValidator.Problem> left = TenantFileValidator.checkSettings(settings);
        if (!left.isEmpty()) {
            throw new IllegalStateException("settings form let through: " + left);
        }
        String rulesJson = rules.equals(RuleSet.national()) ? null : RuleSetJson.toJson(rules);
        SettingsVersion added = new SettingsVersion(name, SettingsJson.toJson(settings), rulesJson,
                f.getValidFrom(), actor.username());
        List<String> changes = differences(base, added);
        if (changes.isEmpty()) {
            throw new SettingsInvalidException(List.of(new FieldProblem(null, "set.unchanged")));
        }
        em.persist(added);
        em.flush();
        agencySettings.changed();
        activity.fire(new TenantActivity(actor.username(), "SETTINGS_CHANGE", "settings_version",
                String.valueOf(added.getId()), "Berlaku mulai " + f.getValidFrom() + ": " + String.join("; ", changes)));
        return added;
    }

    /**
     * The admin uploads the agency's logo: the bytes must be a PNG, JPEG or WebP image (decided from the bytes) of at
     * most {@link SettingsLogo#MAX_BYTES}. Stored in the tenant's schema, then a new settings version from today
     * points at it ({@link #logoPath}), so the history records who changed the logo when, from what to what, exactly
     * as for a typed change. A refused file changes nothing: the old logo stays.
     *
     * @throws SettingsInvalidException field {@code logoFile}: {@code set.logo.fileRequired}, {@code set.logo.tooLarge}
     *                                  (with the limit in KB) or {@code set.logo.type}
     */
    public SettingsVersion uploadLogo(Actor actor, byte[] bytes) {
        auth.requireRole(actor, TenantRole.ADMIN_INSTANSI);
        if (bytes == null || bytes.length == 0) {
            throw new SettingsInvalidException(List.of(new FieldProblem("logoFile", "set.logo.fileRequired")));
        }
        if (bytes.length > SettingsLogo.MAX_BYTES) {
            throw new SettingsInvalidException(List.of(new FieldProblem("logoFile", "set.logo.tooLarge",
                    SettingsLogo.MAX_BYTES / 1024)));
        }
        if (LogoType.detect(bytes).isEmpty()) {
            throw new SettingsInvalidException(List.of(new FieldProblem("logoFile", "set.logo.type")));
        }
        SettingsLogo logo = new SettingsLogo(bytes, actor.username());
        em.persist(logo);
        em.flush();
        SettingsForm f = current(actor);
        f.setLogo(logoPath(TenantContext.require(), logo.getId()));
        return change(actor, f);
    }

    /** Where an uploaded logo is served ({@code LogoServlet}): a path on this server, so the logo field accepts it. */
    public static String logoPath(String tenantCode, long logoId) {
        return "/t/" + tenantCode + "/logo?v=" + logoId;
    }

    /** Every version, newest first, each with its changes against the one before it. */
    public List<HistoryLine> history(Actor actor) {
        auth.requireRole(actor, TenantRole.ADMIN_INSTANSI);
        List<SettingsVersion> versions = em.createQuery("select s from SettingsVersion s order by s.validFrom, s.id",
                SettingsVersion.class).getResultList();
        Long inForceId = agencySettings.versionInForce(WorkCalendar.today()).map(SettingsVersion::getId).orElse(null);
        List<HistoryLine> lines = new ArrayList<>();
        SettingsVersion previous = null;
        for (SettingsVersion v : versions) {
            List<String> changes = previous == null ? List.of("Pengaturan awal") : differences(previous, v);
            lines.add(0, new HistoryLine(v.getId(), v.getValidFrom(), v.getChangedBy(), v.getChangedAt(),
                    v.getId().equals(inForceId), changes));
            previous = v;
        }
        return lines;
    }

    private SettingsVersion inForce(LocalDate day) {
        return agencySettings.versionInForce(day)
                .orElseThrow(() -> new IllegalStateException("tenant has no settings in force on " + day));
    }

    private static List<BehaviourExpectation> expectations(SettingsForm f, List<FieldProblem> problems) {
        List<BehaviourExpectation> out = new ArrayList<>();
        List<SettingsForm.Expectation> rows = f.getExtraExpectations() == null ? List.of() : f.getExtraExpectations();
        if (rows.size() > MAX_EXPECTATIONS) {
            problems.add(new FieldProblem(null, "set.extra.tooMany", MAX_EXPECTATIONS));
            return out;
        }
        for (int i = 0; i < rows.size(); i++) {
            String title = trim(rows.get(i).getTitle());
            String description = trim(rows.get(i).getDescription());
            if (title == null && description == null) {
                continue; // an empty row the admin added and left: ignored, not an error
            }
            if (title == null) {
                problems.add(new FieldProblem("extra:" + i + ":title", "set.required"));
            } else if (title.length() > MAX_TITLE) {
                problems.add(new FieldProblem("extra:" + i + ":title", "set.tooLong", MAX_TITLE));
            }
            if (description != null && description.length() > MAX_DESCRIPTION) {
                problems.add(new FieldProblem("extra:" + i + ":description", "set.tooLong", MAX_DESCRIPTION));
            }
            out.add(new BehaviourExpectation(title, description));
        }
        return out;
    }

    private static Map<Predikat, Integer> tunjangan(SettingsForm f, List<FieldProblem> problems) {
        Map<Predikat, Integer> out = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            Integer share = f.getTunjangan() == null ? null : f.getTunjangan().get(p.name());
            if (share == null) {
                problems.add(new FieldProblem("tunjangan:" + p.name(), "set.required"));
            } else if (share < 0 || share > 100) {
                problems.add(new FieldProblem("tunjangan:" + p.name(), "set.tunjangan.range"));
            } else {
                out.put(p, share);
            }
        }
        return out;
    }

    private static RuleSet rules(SettingsForm f, List<FieldProblem> problems) {
        String json = trim(f.getRulesJson());
        if (json == null) {
            return RuleSet.national();
        }
        if (json.length() > MAX_RULES_JSON) {
            problems.add(new FieldProblem("rules", "set.tooLong", MAX_RULES_JSON));
            return RuleSet.national();
        }
        try {
            return RuleSetJson.fromJson("rules", json);
        } catch (InvalidTenantFileException e) {
            problems.add(new FieldProblem("rules", "set.rules.invalid", e.field(), e.reason()));
            return RuleSet.national();
        }
    }

    /** "field: before → after" lines between two versions, in a fixed order. */
    static List<String> differences(SettingsVersion before, SettingsVersion after) {
        Map<String, String> a = describe(before);
        Map<String, String> b = describe(after);
        List<String> out = new ArrayList<>();
        a.forEach((field, value) -> {
            if (!Objects.equals(value, b.get(field))) {
                out.add(field + ": " + value + " → " + b.get(field));
            }
        });
        return out;
    }

    private static Map<String, String> describe(SettingsVersion v) {
        TenantSettings s = v.settings();
        RuleSet r = v.rules();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nama instansi", v.getAgencyName());
        m.put("bahasa", s.locale());
        m.put("logo", String.valueOf(s.logo()));
        m.put("skema periodik", s.evaluationScheme().name());
        m.put("pembulatan kurva", s.distributionRounding().name());
        m.put("ekspektasi tambahan", s.extraBehaviourExpectations().stream()
                .map(e -> e.title() + (e.description().isEmpty() ? "" : " (" + e.description() + ")")).toList().toString());
        s.tunjanganSharePercent().forEach((p, share) -> m.put("tunjangan " + p.label(), share + "%"));
        m.put("rule set", r.version() + (r.equals(RuleSet.national()) ? "" : " #" + Integer.toHexString(r.hashCode())));
        return m;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
