package id.ekinerja.domain.model.settings;

import id.ekinerja.tenantconfig.RuleSet;
import id.ekinerja.tenantconfig.RuleSetJson;
import id.ekinerja.tenantconfig.SettingsJson;
import id.ekinerja.tenantconfig.TenantSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One version of the agency's settings. Versions are only ever added; the one in force on a day is the
 * latest whose {@code validFrom} is not after that day.
 */
@Entity
@Table(name = "settings_version")
public class SettingsVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_name", nullable = false, updatable = false, length = 200)
    private String agencyName;

    @Column(name = "settings_json", nullable = false, updatable = false)
    private String settingsJson;

    /** The rule set in force with these settings; {@code null} means the national rules. */
    @Column(name = "rules_json", updatable = false)
    private String rulesJson;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected SettingsVersion() {
    }

    public SettingsVersion(String agencyName, String settingsJson, String rulesJson, LocalDate validFrom,
                           String changedBy) {
        this.agencyName = agencyName;
        this.settingsJson = settingsJson;
        this.rulesJson = rulesJson;
        this.validFrom = validFrom;
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now();
    }

    /** The settings, parsed and validated; a stored version that no longer parses names itself in the error. */
    public TenantSettings settings() {
        return Parsed.SETTINGS.of(settingsJson, json -> SettingsJson.fromJson("settings_version#" + id, json));
    }

    /** The rule set in force with these settings. */
    public RuleSet rules() {
        return rulesJson == null ? RuleSet.national()
                : Parsed.RULES.of(rulesJson, json -> RuleSetJson.fromJson("settings_version#" + id + ".rules", json));
    }

    /**
     * Parsed (immutable) settings and rule sets by their JSON text. Every tenant page reads the settings in force
     * (language, agency name, SKP behaviour expectations); parsing and validating the JSON each time cost a few
     * per cent of a page. Keyed by the text itself, so an entry can never be stale; bounded by clearing.
     */
    private static final class Parsed<T> {
        static final Parsed<TenantSettings> SETTINGS = new Parsed<>();
        static final Parsed<RuleSet> RULES = new Parsed<>();
        private static final int MAX_ENTRIES = 2_000;
        private final Map<String, T> byJson = new ConcurrentHashMap<>();

        T of(String json, Function<String, T> parse) {
            T value = byJson.get(json);
            if (value == null) {
                value = parse.apply(json);
                if (byJson.size() >= MAX_ENTRIES) {
                    byJson.clear();
                }
                byJson.put(json, value);
            }
            return value;
        }
    }

    public Long getId() {
        return id;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getSettingsJson() {
        return settingsJson;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
