package id.ekinerja.application.settings;

import id.ekinerja.tenantconfig.EvaluationScheme;
import id.ekinerja.tenantconfig.RoundingRule;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings page's form: everything the admin instansi may change, and the date it applies from. Plain
 * mutable fields because a form fills it field by field; {@link SettingsAdminService#change} validates it whole.
 */
public class SettingsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One extra behaviour expectation row. */
    public static class Expectation implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;

        public Expectation() {
        }

        public Expectation(String title, String description) {
            this.title = title;
            this.description = description;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    private String agencyName;
    private String locale;
    private String logo;
    private EvaluationScheme evaluationScheme;
    private RoundingRule distributionRounding;
    private List<Expectation> extraExpectations = new ArrayList<>();
    /** Predikat name → percent; keyed by name so a page can bind {@code tunjangan['BAIK']}. */
    private Map<String, Integer> tunjangan = new LinkedHashMap<>();
    /** The rule set as JSON (the tenant file's {@code rules} format); blank means the national rules. */
    private String rulesJson;
    private LocalDate validFrom;

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo;
    }

    public EvaluationScheme getEvaluationScheme() {
        return evaluationScheme;
    }

    public void setEvaluationScheme(EvaluationScheme evaluationScheme) {
        this.evaluationScheme = evaluationScheme;
    }

    public RoundingRule getDistributionRounding() {
        return distributionRounding;
    }

    public void setDistributionRounding(RoundingRule distributionRounding) {
        this.distributionRounding = distributionRounding;
    }

    public List<Expectation> getExtraExpectations() {
        return extraExpectations;
    }

    public void setExtraExpectations(List<Expectation> extraExpectations) {
        this.extraExpectations = extraExpectations;
    }

    public Map<String, Integer> getTunjangan() {
        return tunjangan;
    }

    public void setTunjangan(Map<String, Integer> tunjangan) {
        this.tunjangan = tunjangan;
    }

    public String getRulesJson() {
        return rulesJson;
    }

    public void setRulesJson(String rulesJson) {
        this.rulesJson = rulesJson;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
