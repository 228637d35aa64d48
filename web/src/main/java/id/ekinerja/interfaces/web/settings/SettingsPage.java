package id.ekinerja.interfaces.web.settings;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.settings.SettingsAdminService;
import id.ekinerja.application.settings.SettingsAdminService.HistoryLine;
import id.ekinerja.application.settings.SettingsForm;
import id.ekinerja.application.settings.SettingsInvalidException;
import id.ekinerja.application.settings.SettingsInvalidException.FieldProblem;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.EvaluationScheme;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RoundingRule;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backing bean of admin/settings.xhtml: the settings form (a new version from a date) and the history. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "settingsForm:";

    @EJB
    SettingsAdminService settings;

    @Inject
    TenantUser user;

    private SettingsForm form;
    private List<HistoryLine> history;

    @PostConstruct
    void load() {
        if (isAllowed()) {
            form = settings.current(user.getActor());
            history = settings.history(user.getActor());
        }
    }

    public boolean isAllowed() {
        return user.hasRole(TenantRole.ADMIN_INSTANSI);
    }

    public void save() {
        try {
            settings.change(user.getActor(), form);
            FacesMessages.info("set.saved", form.getValidFrom());
            history = settings.history(user.getActor());
        } catch (SettingsInvalidException e) {
            for (FieldProblem p : e.problems()) {
                Object[] args = p.args().toArray();
                if (p.field() == null) {
                    FacesMessages.error(p.messageKey(), args);
                } else {
                    FacesMessages.fieldError(FORM + p.field().replace(":", p.field().startsWith("tunjangan") ? "_" : ":"),
                            p.messageKey(), args);
                }
            }
            FacesMessages.error("set.notSaved");
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public void addExpectation() {
        form.getExtraExpectations().add(new SettingsForm.Expectation());
    }

    public void removeExpectation(int index) {
        form.getExtraExpectations().remove(index);
    }

    public SettingsForm getForm() {
        return form;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public EvaluationScheme[] getSchemes() {
        return EvaluationScheme.values();
    }

    public RoundingRule[] getRoundingRules() {
        return RoundingRule.values();
    }

    public Predikat[] getPredikats() {
        return Predikat.values();
    }
}
