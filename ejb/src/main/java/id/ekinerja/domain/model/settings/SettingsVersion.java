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
        return SettingsJson.fromJson("settings_version#" + id, settingsJson);
    }

    /** The rule set in force with these settings. */
    public RuleSet rules() {
        return rulesJson == null ? RuleSet.national() : RuleSetJson.fromJson("settings_version#" + id + ".rules", rulesJson);
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
