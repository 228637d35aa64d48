package id.ekinerja.tenantconfig;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a {@link TenantDefinition} against the rules a tenant must satisfy before it is bootstrapped or
 * saved. Works on the records, not on JSON, so the same rules apply to files and to settings edited in the
 * app; problems name the field by its JSON path in the tenant file format (see the module README).
 *
 * <p>All problems are collected in file order ({@link #check}); {@link #validate} throws the first.
 */
public final class TenantFileValidator {

    /** Tenant code: 1–40 chars of {@code [a-z0-9-]}, no leading or trailing '-' (it becomes a URL segment and a schema name). */
    public static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    /** Codes that would clash with platform paths or PostgreSQL schemas. */
    public static final Set<String> RESERVED_CODES =
            Set.of("platform", "api", "public", "admin", "t", "pg_catalog", "information_schema");

    /** Jenjang of jabatan fungsional known to the angka kredit table (keahlian then keterampilan). */
    public static final List<String> FUNGSIONAL_JENJANG = List.of(
            "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama", "Pemula", "Terampil", "Mahir", "Penyelia");

    public static final Set<String> LOCALES = Set.of("id", "en");
    public static final int MIN_PERIOD_YEAR = 2020;
    public static final int MAX_PERIOD_YEAR = 2100;
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest rule set version id (it is stored next to every result computed with it). */
    public static final int MAX_VERSION_LENGTH = 100;
    /** Unit sizes checked for satisfiability of an overridden curve (rounding conflicts show in small units). */
    public static final int MAX_CHECKED_UNIT_SIZE = 30;

    // Deliberately simple: catches typos, not every RFC 5322 corner; Keycloak has the final word.
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final int MAX_EMAIL_LENGTH = 254;

    /** One problem: JSON path of the field and the reason in Bahasa Indonesia. */
    public record Problem(String field, String reason) {
    }

    private TenantFileValidator() {
    }

    /** {@code true} if {@code code} may be used as a tenant code. */
    public static boolean isValidTenantCode(String code) {
        return code != null && CODE_PATTERN.matcher(code).matches() && !RESERVED_CODES.contains(code);
    }

    /**
     * Throws the first problem of {@code tenant}, if any.
     *
     * @param fileName used in the exception only
     * @throws InvalidTenantFileException naming file, field and reason
     */
    public static void validate(String fileName, TenantDefinition tenant) {
        List<Problem> problems = check(tenant);
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw new InvalidTenantFileException(fileName, first.field(), first.reason());
        }
    }

    /** All problems of {@code tenant}, in file order; empty if it is valid. */
    public static List<Problem> check(TenantDefinition tenant) {
        List<Problem> out = new ArrayList<>();
        if (tenant == null) {
            out.add(new Problem("$", "wajib diisi"));
            return out;
        }
        checkCode(tenant.code(), out);
        checkName("name", tenant.name(), out);
        if (tenant.settings() == null) {
            out.add(new Problem("settings", "wajib diisi"));
        } else {
            out.addAll(checkSettings(tenant.settings()));
        }
        if (tenant.organisation() == null) {
            out.add(new Problem("organisation", "wajib diisi"));
        } else {
            Set<String> unitCodes = checkUnits(tenant.organisation().units(), out);
            checkPeople(tenant.organisation().people(), unitCodes, out);
        }
        out.addAll(checkRules(tenant.rules()));
        return out;
    }

    /**
     * Problems of a rule set (paths start with {@code rules.}), for tenant files and for rules edited in the app.
     * Besides ranges it checks that a changed rule set has its own version id, that the minimum groups of one
     * organisation predikat share no predikat and add up to at most 100%, and that every organisation predikat
     * of an overridden curve can be satisfied in units of 1 to {@value #MAX_CHECKED_UNIT_SIZE} people under
     * both rounding rules (the tenant may switch rounding later without touching the rules).
     */
    public static List<Problem> checkRules(RuleSet rules) {
        List<Problem> out = new ArrayList<>();
        if (rules == null) {
            return out; // read as national
        }
        String version = rules.version();
        if (version == null || version.isBlank()) {
            out.add(new Problem("rules.version", "tidak boleh kosong"));
        } else if (version.length() > MAX_VERSION_LENGTH) {
            out.add(new Problem("rules.version", "paling banyak " + MAX_VERSION_LENGTH + " karakter"));
        } else if (version.equals(RuleSet.NATIONAL_VERSION) && !rules.hasNationalTables()) {
            out.add(new Problem("rules.version", "rule set ini berbeda dari aturan nasional, jadi harus diberi versi"
                    + " sendiri (mis. 'kode-tenant/2026-1'), bukan '" + RuleSet.NATIONAL_VERSION + "'"));
        }
        DistributionCurve national = DistributionCurve.national();
        for (OrganisationPredikat o : OrganisationPredikat.values()) {
            List<CurveConstraint> list = rules.distributionCurve().constraints(o);
            int before = out.size();
            checkCurve(o, list, out);
            if (out.size() == before && !list.equals(national.constraints(o))) {
                checkSatisfiable(rules.distributionCurve(), o, out);
            }
        }
        AngkaKredit ak = rules.angkaKredit();
        for (Predikat p : Predikat.values()) {
            String field = "rules.angkaKredit.sharePercent." + p.name();
            Integer share = ak.sharePercent().get(p);
            if (share == null) {
                out.add(new Problem(field, "wajib diisi untuk predikat " + p.label()));
            } else if (share < 0) {
                out.add(new Problem(field, "tidak boleh negatif: " + share));
            }
        }
        for (String jenjang : FUNGSIONAL_JENJANG) {
            if (!ak.annualCoefficient().containsKey(jenjang)) {
                out.add(new Problem("rules.angkaKredit.annualCoefficient." + jenjang, "wajib diisi"));
            }
        }
        ak.annualCoefficient().forEach((jenjang, coefficient) -> {
            String field = "rules.angkaKredit.annualCoefficient." + jenjang;
            if (!FUNGSIONAL_JENJANG.contains(jenjang)) {
                out.add(new Problem(field, "jenjang '" + jenjang + "' tidak dikenal; pilihan: "
                        + String.join(", ", FUNGSIONAL_JENJANG)));
            } else if (coefficient == null || coefficient.signum() <= 0) {
                out.add(new Problem(field, "harus lebih dari 0, bukan " + coefficient));
            }
        });
        return out;
    }

    private static void checkCurve(OrganisationPredikat o, List<CurveConstraint> list, List<Problem> out) {
        String base = "rules.distributionCurve." + o.name();
        EnumMap<Predikat, Integer> minimumOwner = new EnumMap<>(Predikat.class);
        int minimumPercent = 0;
        for (int i = 0; i < list.size(); i++) {
            CurveConstraint c = list.get(i);
            String at = base + "[" + i + "]";
            if (c.group().isEmpty()) {
                out.add(new Problem(at + ".predikat", "harus berisi minimal satu predikat"));
            }
            if (c.kind().isPercent() && (c.amount() < 0 || c.amount() > 100)) {
                out.add(new Problem(at + "." + c.kind().jsonKey(), "harus antara 0 dan 100 (persen), bukan " + c.amount()));
            } else if (!c.kind().isPercent() && c.amount() < 0) {
                out.add(new Problem(at + "." + c.kind().jsonKey(), "tidak boleh negatif: " + c.amount()));
            }
            if (c.kind().isMinimum()) {
                // Minimums are served in order and reduced to fit the unit; that is only exact for disjoint groups.
                for (Predikat p : c.group()) {
                    Integer owner = minimumOwner.putIfAbsent(p, i);
                    if (owner != null) {
                        out.add(new Problem(at + ".predikat", p.label() + " sudah dihitung oleh batas minimum "
                                + base + "[" + owner + "]; kelompok batas minimum tidak boleh beririsan"));
                    }
                }
                if (c.kind() == CurveConstraint.Kind.AT_LEAST_PERCENT) {
                    minimumPercent += c.amount();
                }
            }
        }
        if (minimumPercent > 100) {
            out.add(new Problem(base, "batas minimum berjumlah " + minimumPercent + "%, lebih dari 100%"));
        }
    }

    private static void checkSatisfiable(DistributionCurve curve, OrganisationPredikat o, List<Problem> out) {
        for (RoundingRule rounding : RoundingRule.values()) {
            for (int n = 1; n <= MAX_CHECKED_UNIT_SIZE; n++) {
                if (!curve.isSatisfiable(o, n, rounding)) {
                    String bounds = curve.bounds(o, n, rounding).stream()
                            .map(b -> b.constraint().describe() + " → " + b.min() + ".." + b.max() + " orang")
                            .collect(Collectors.joining("; "));
                    out.add(new Problem("rules.distributionCurve." + o.name(), "tidak dapat dipenuhi untuk unit "
                            + n + " pegawai dengan pembulatan " + rounding + ": " + bounds));
                    return;
                }
            }
        }
    }

    /** Problems of the settings alone (paths start with {@code settings.}), for the settings page. */
    public static List<Problem> checkSettings(TenantSettings s) {
        List<Problem> out = new ArrayList<>();
        if (s.locale() == null) {
            out.add(new Problem("settings.locale", "wajib diisi"));
        } else if (!LOCALES.contains(s.locale())) {
            out.add(new Problem("settings.locale", "harus 'id' atau 'en', bukan '" + s.locale() + "'"));
        }
        if (s.logo() != null && s.logo().isBlank()) {
            out.add(new Problem("settings.logo", "tidak boleh kosong; gunakan null jika tidak ada logo"));
        }
        if (s.evaluationScheme() == null) {
            out.add(new Problem("settings.evaluationScheme", "wajib diisi"));
        }
        if (s.annualPeriodYear() < MIN_PERIOD_YEAR || s.annualPeriodYear() > MAX_PERIOD_YEAR) {
            out.add(new Problem("settings.annualPeriodYear", "harus antara " + MIN_PERIOD_YEAR + " dan "
                    + MAX_PERIOD_YEAR + ", bukan " + s.annualPeriodYear()));
        }
        List<BehaviourExpectation> extra = s.extraBehaviourExpectations();
        for (int i = 0; i < extra.size(); i++) {
            BehaviourExpectation e = extra.get(i);
            if (e.title() == null || e.title().isBlank()) {
                out.add(new Problem("settings.extraBehaviourExpectations[" + i + "].title", "tidak boleh kosong"));
            }
        }
        if (s.distributionRounding() == null) {
            out.add(new Problem("settings.distributionRounding", "wajib diisi"));
        }
        for (Predikat p : Predikat.values()) {
            String field = "settings.tunjanganSharePercent." + p.name();
            Integer share = s.tunjanganSharePercent().get(p);
            if (share == null) {
                out.add(new Problem(field, "wajib diisi untuk predikat " + p.label()));
            } else if (share < 0 || share > 100) {
                out.add(new Problem(field, "harus antara 0 dan 100 (persen), bukan " + share));
            }
        }
        return out;
    }

    /**
     * Checks several tenant files together (keys: file names, in load order): tenant codes are unique, and
     * a person present in more than one tenant (same NIP, e.g. seconded staff) has the same name, email,
     * type and pangkat everywhere, while an email never belongs to two NIPs. Needed because the NIP is the
     * one Keycloak username across the platform.
     *
     * @throws InvalidTenantFileException naming the later of two conflicting files
     */
    public static void validateTogether(Map<String, TenantDefinition> tenantsByFile) {
        Map<String, String> fileByCode = new HashMap<>();
        Map<String, Person> personByNip = new HashMap<>();
        Map<String, String> fileByNip = new HashMap<>();
        Map<String, String> nipByEmail = new HashMap<>();
        for (Map.Entry<String, TenantDefinition> entry : tenantsByFile.entrySet()) {
            String file = entry.getKey();
            TenantDefinition tenant = entry.getValue();
            String earlier = fileByCode.putIfAbsent(tenant.code(), file);
            if (earlier != null) {
                throw new InvalidTenantFileException(file, "code", "kode tenant '" + tenant.code()
                        + "' sudah dipakai di " + earlier);
            }
            List<Person> people = tenant.organisation().people();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                String at = "organisation.people[" + i + "].";
                Person first = personByNip.putIfAbsent(p.nip(), p);
                if (first != null) {
                    String firstFile = fileByNip.get(p.nip());
                    requireSame(file, at + "name", first.name(), p.name(), firstFile);
                    requireSame(file, at + "email", lower(first.email()), lower(p.email()), firstFile);
                    requireSame(file, at + "type", first.type(), p.type(), firstFile);
                    requireSame(file, at + "pangkatGolongan", first.pangkatGolongan(), p.pangkatGolongan(), firstFile);
                } else {
                    fileByNip.put(p.nip(), file);
                }
                String owner = nipByEmail.putIfAbsent(lower(p.email()), p.nip());
                if (owner != null && !owner.equals(p.nip())) {
                    throw new InvalidTenantFileException(file, at + "email", "email '" + p.email()
                            + "' sudah dipakai oleh NIP " + owner + " di " + fileByNip.get(owner));
                }
            }
        }
    }

    private static void requireSame(String file, String field, Object first, Object now, String firstFile) {
        if (!java.util.Objects.equals(first, now)) {
            throw new InvalidTenantFileException(file, field, "pegawai dengan NIP yang sama di " + firstFile
                    + " bernilai '" + first + "', di sini '" + now + "'; data satu orang harus sama di semua tenant");
        }
    }

    private static void checkCode(String code, List<Problem> out) {
        if (code == null || code.isEmpty()) {
            out.add(new Problem("code", "wajib diisi"));
        } else if (!CODE_PATTERN.matcher(code).matches()) {
            out.add(new Problem("code", "'" + code + "' tidak sah: 1–40 karakter huruf kecil, angka atau '-',"
                    + " diawali dan diakhiri huruf/angka"));
        } else if (RESERVED_CODES.contains(code)) {
            out.add(new Problem("code", "'" + code + "' adalah kata yang dicadangkan platform"));
        }
    }

    private static void checkName(String field, String name, List<Problem> out) {
        if (name == null || name.isBlank()) {
            out.add(new Problem(field, "tidak boleh kosong"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            out.add(new Problem(field, "paling banyak " + MAX_NAME_LENGTH + " karakter, bukan " + name.length()));
        }
    }

    private static void checkRequiredText(String field, String value, List<Problem> out) {
        if (value == null || value.isBlank()) {
            out.add(new Problem(field, "tidak boleh kosong"));
        }
    }

    /** Returns the unit codes (for the people checks). */
    private static Set<String> checkUnits(List<Unit> units, List<Problem> out) {
        Map<String, Integer> indexByCode = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String at = "organisation.units[" + i + "].";
            if (u.code() == null || u.code().isBlank()) {
                out.add(new Problem(at + "code", "tidak boleh kosong"));
            } else {
                Integer earlier = indexByCode.putIfAbsent(u.code(), i);
                if (earlier != null) {
                    out.add(new Problem(at + "code", "kode unit '" + u.code() + "' sudah dipakai di organisation.units["
                            + earlier + "]"));
                }
            }
            checkName(at + "name", u.name(), out);
        }
        if (units.isEmpty()) {
            out.add(new Problem("organisation.units", "harus berisi minimal satu unit"));
            return indexByCode.keySet();
        }

        Map<String, String> parentOf = new HashMap<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.parentCode() == null) {
                roots.add(i);
            } else if (!indexByCode.containsKey(u.parentCode())) {
                out.add(new Problem("organisation.units[" + i + "].parent", "unit induk '" + u.parentCode()
                        + "' tidak ada di organisation.units"));
            } else if (u.code() != null) {
                parentOf.putIfAbsent(u.code(), u.parentCode());
            }
        }
        if (roots.isEmpty()) {
            out.add(new Problem("organisation.units", "harus ada tepat satu unit puncak (parent null), tidak ada satu pun"));
        } else if (roots.size() > 1) {
            out.add(new Problem("organisation.units[" + roots.get(1) + "].parent", "hanya satu unit puncak yang boleh"
                    + " tanpa parent; organisation.units[" + roots.get(0) + "] sudah menjadi unit puncak"));
        }
        List<String> codes = units.stream().map(Unit::code).toList();
        reportCycles(codes, parentOf, "organisation.units", "parent", "siklus unit induk", out);
        return indexByCode.keySet();
    }

    private static void checkPeople(List<Person> people, Set<String> unitCodes, List<Problem> out) {
        if (people.isEmpty()) {
            out.add(new Problem("organisation.people", "harus berisi minimal satu pegawai"));
            return;
        }
        Map<String, Integer> indexByNip = new HashMap<>();
        Map<String, Integer> indexByEmail = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            String at = "organisation.people[" + i + "].";
            if (p.type() == null) {
                out.add(new Problem(at + "type", "wajib diisi"));
            } else {
                try {
                    Nip nip = Nip.parse(p.nip(), p.type());
                    if (!nip.value().equals(p.nip())) {
                        out.add(new Problem(at + "nip", "harus ditulis sebagai 18 digit tanpa spasi: " + nip.value()));
                    }
                } catch (InvalidNipException e) {
                    out.add(new Problem(at + "nip", e.getMessage()));
                }
            }
            if (p.nip() != null) {
                Integer earlier = indexByNip.putIfAbsent(p.nip(), i);
                if (earlier != null) {
                    out.add(new Problem(at + "nip", "NIP " + p.nip() + " sudah dipakai di organisation.people[" + earlier + "]"));
                }
            }
            checkName(at + "name", p.name(), out);
            if (p.email() == null || p.email().isBlank()) {
                out.add(new Problem(at + "email", "tidak boleh kosong"));
            } else if (p.email().length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(p.email()).matches()) {
                out.add(new Problem(at + "email", "'" + p.email() + "' bukan alamat email yang sah"));
            } else {
                Integer earlier = indexByEmail.putIfAbsent(lower(p.email()), i);
                if (earlier != null) {
                    out.add(new Problem(at + "email", "email '" + p.email() + "' sudah dipakai di organisation.people["
                            + earlier + "]"));
                }
            }
            checkRequiredText(at + "pangkatGolongan", p.pangkatGolongan(), out);
            checkRequiredText(at + "jabatan", p.jabatan(), out);
            if (p.jabatanKind() == null) {
                out.add(new Problem(at + "jabatanKind", "wajib diisi"));
            } else if (p.jabatanKind() == JabatanKind.FUNGSIONAL) {
                // The angka kredit coefficient depends on the jenjang, so it must be one we know.
                if (!FUNGSIONAL_JENJANG.contains(p.jenjang())) {
                    out.add(new Problem(at + "jenjang", "wajib untuk jabatan fungsional, salah satu dari "
                            + String.join(", ", FUNGSIONAL_JENJANG) + (p.jenjang() == null ? "" : "; bukan '" + p.jenjang() + "'")));
                }
            } else if (p.jenjang() != null) {
                out.add(new Problem(at + "jenjang", "hanya untuk jabatan fungsional; harus null untuk " + p.jabatanKind()));
            }
            if (p.unitCode() == null) {
                out.add(new Problem(at + "unit", "wajib diisi"));
            } else if (!unitCodes.contains(p.unitCode())) {
                out.add(new Problem(at + "unit", "unit '" + p.unitCode() + "' tidak ada di organisation.units"));
            }
        }

        Map<String, String> ppkOf = new HashMap<>();
        List<Integer> leaders = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (p.ppkNip() == null) {
                leaders.add(i);
            } else if (!indexByNip.containsKey(p.ppkNip())) {
                out.add(new Problem("organisation.people[" + i + "].ppk", "PPK dengan NIP " + p.ppkNip()
                        + " tidak ada di organisation.people"));
            } else if (p.nip() != null) {
                ppkOf.putIfAbsent(p.nip(), p.ppkNip());
            }
        }
        if (leaders.isEmpty()) {
            out.add(new Problem("organisation.people", "harus ada tepat satu pimpinan puncak (ppk null), tidak ada satu pun"));
        } else if (leaders.size() > 1) {
            out.add(new Problem("organisation.people[" + leaders.get(1) + "].ppk", "hanya pimpinan puncak yang boleh"
                    + " tanpa PPK; organisation.people[" + leaders.get(0) + "] sudah menjadi pimpinan puncak"));
        }
        List<String> nips = people.stream().map(Person::nip).toList();
        reportCycles(nips, ppkOf, "organisation.people", "ppk", "siklus PPK", out);

        if (people.stream().noneMatch(p -> p.hasRole(TenantRole.ADMIN_INSTANSI))) {
            out.add(new Problem("organisation.people", "harus ada minimal satu pegawai dengan peran ADMIN_INSTANSI"));
        }
    }

    /**
     * Reports each cycle of the {@code up} relation once, at the first member in file order, e.g.
     * "siklus PPK: A → B → A". Chains that merely lead into a cycle are not reported again.
     */
    private static void reportCycles(List<String> keys, Map<String, String> up, String list, String field,
                                     String what, List<Problem> out) {
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String start = keys.get(i);
            if (start == null || reported.contains(start)) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            chain.add(start);
            String cur = up.get(start);
            // At most keys.size() steps: a longer walk must have repeated a node already.
            while (cur != null && !cur.equals(start) && !chain.contains(cur) && chain.size() <= keys.size()) {
                chain.add(cur);
                cur = up.get(cur);
            }
            if (start.equals(cur)) {
                reported.addAll(chain);
                chain.add(start);
                out.add(new Problem(list + "[" + i + "]." + field, what + ": " + String.join(" → ", chain)));
            }
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
