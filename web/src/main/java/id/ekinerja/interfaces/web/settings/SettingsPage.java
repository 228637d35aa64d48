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
import jakarta.inject.Inject;
import jakarta.inject.Named;
import id.ekinerja.domain.model.settings.SettingsLogo;
import id.ekinerja.interfaces.web.pelaksanaan.EvidenceServlet;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Backing bean of admin/settings.xhtml: the settings form (a new version from a date) and the history. */
@Named
@ViewScoped(saveInViewState = true)
public class SettingsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "settingsForm:";

    @EJB
    SettingsAdminService settings;

    @Inject
    TenantUser user;

    private SettingsForm form;
    private List<HistoryLine> history;
    private transient Part logoFile;

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
            user.settingsChanged();
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

    /**
     * Uploads the logo: at most one byte over the limit is read, so an oversized file is refused without being held;
     * the service decides the type from the bytes and adds a settings version from today.
     */
    public void uploadLogo() {
        if (logoFile == null || logoFile.getSize() == 0) {
            FacesMessages.fieldError("logoForm:logoFile", "set.logo.fileRequired");
            return;
        }
        try {
            byte[] bytes = EvidenceServlet.readLimited(logoFile, SettingsLogo.MAX_BYTES);
            settings.uploadLogo(user.getActor(), bytes);
            user.settingsChanged();
            FacesMessages.info("set.logo.saved");
            form = settings.current(user.getActor());
            history = settings.history(user.getActor());
        } catch (SettingsInvalidException e) {
            for (FieldProblem p : e.problems()) {
                FacesMessages.fieldError("logoForm:logoFile", p.messageKey(), p.args().toArray());
            }
            FacesMessages.error("set.logo.notSaved");
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        } catch (IOException e) {
            FacesMessages.fieldError("logoForm:logoFile", "pel.error.uploadFailed");
        } finally {
            try {
                logoFile.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
            logoFile = null;
        }
    }

    public Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(Part logoFile) {
        this.logoFile = logoFile;
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
