package id.ekinerja.interfaces.web.organisation;

import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.organisation.OrganisationAdminService.PegawaiSummary;
import id.ekinerja.application.organisation.OrganisationAdminService.UnitNode;
import id.ekinerja.application.organisation.OrganisationException;
import id.ekinerja.application.organisation.PegawaiForm;
import id.ekinerja.application.organisation.PegawaiImportService.InitialPassword;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.infrastructure.keycloak.KeycloakException;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backing bean of admin/pegawai.xhtml: a paged, searchable table and the create/edit form. */
@Named
@ViewScoped(saveInViewState = true)
public class PegawaiPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationAdminService organisation;

    @Inject
    TenantUser user;

    private String query;
    private PegawaiForm form;
    private String ppkText;
    private String issuedPassword;
    private String mutasiTo;
    private java.time.LocalDate mutasiOn;

    private final LazyDataModel<PegawaiSummary> table = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) organisation.countPegawai(user.getActor(), query);
        }

        @Override
        public List<PegawaiSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return organisation.searchPegawai(user.getActor(), query, first, pageSize);
        }

        @Override
        public String getRowKey(PegawaiSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public PegawaiSummary getRowData(String rowKey) {
            return null;
        }
    };

    public void create() {
        form = new PegawaiForm();
        ppkText = null;
        issuedPassword = null;
    }

    public void edit(long id) {
        try {
            form = organisation.loadPegawai(user.getActor(), id);
            ppkText = form.getPpkNip();
            issuedPassword = null;
        } catch (OrganisationException e) {
            FacesMessages.error(e.messageKey());
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public void save() {
        try {
            form.setPpkNip(ppkText == null ? null : ppkText.split("·")[0].strip());
            long id = organisation.savePegawai(user.getActor(), form);
            FacesMessages.info("org.pegawai.saved", form.getName());
            form = organisation.loadPegawai(user.getActor(), id);
        } catch (OrganisationException e) {
            if (e.field() == null) {
                FacesMessages.error(e.messageKey(), e.args());
            } else {
                FacesMessages.fieldError("pegawaiForm:" + e.field(), e.messageKey(), e.args());
            }
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        } catch (KeycloakException | EJBException e) {
            FacesMessages.error("org.keycloakUnavailable");
        }
    }

    public void issuePassword() {
        try {
            InitialPassword p = organisation.issuePassword(user.getActor(), form.getId());
            issuedPassword = p.password();
        } catch (OrganisationException e) {
            FacesMessages.error(e.messageKey());
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        } catch (KeycloakException | EJBException e) {
            FacesMessages.error("org.keycloakUnavailable");
        }
    }

    /** Mutasi keluar of the pegawai in the form; warns when people still have them as PPK. */
    public void mutasi() {
        try {
            long orphans = organisation.mutasiKeluar(user.getActor(), form.getId(), mutasiTo, mutasiOn);
            FacesMessages.info("org.mutasi.done", form.getName(), mutasiTo.strip());
            if (orphans > 0) {
                FacesMessages.error("org.mutasi.orphans", orphans);
            }
            form = organisation.loadPegawai(user.getActor(), form.getId());
            mutasiTo = null;
            mutasiOn = null;
        } catch (OrganisationException e) {
            if (e.field() == null || e.field().equals("mutasi")) {
                FacesMessages.error(e.messageKey(), e.args());
            } else {
                FacesMessages.fieldError("pegawaiForm:" + e.field(), e.messageKey(), e.args());
            }
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        } catch (KeycloakException | EJBException e) {
            FacesMessages.error("org.keycloakUnavailable");
        }
    }

    public String getMutasiTo() {
        return mutasiTo;
    }

    public void setMutasiTo(String mutasiTo) {
        this.mutasiTo = mutasiTo;
    }

    public java.time.LocalDate getMutasiOn() {
        return mutasiOn;
    }

    public void setMutasiOn(java.time.LocalDate mutasiOn) {
        this.mutasiOn = mutasiOn;
    }

    public void cancel() {
        form = null;
    }

    public List<String> completePpk(String text) {
        return organisation.ppkCandidates(user.getActor(), text).stream()
                .map(p -> p.nip() + " · " + p.name()).toList();
    }

    public List<UnitNode> getUnits() {
        return organisation.units(user.getActor());
    }

    /** Unit names indented by depth, so the picker shows the tree. */
    public String unitLabel(UnitNode u) {
        return "\u00A0\u00A0".repeat(u.depth()) + u.name() + " (" + u.code() + ")";
    }

    public EmployeeType[] getTypes() {
        return EmployeeType.values();
    }

    public JabatanKind[] getKinds() {
        return JabatanKind.values();
    }

    public TenantRole[] getRoles() {
        return TenantRole.values();
    }

    public LazyDataModel<PegawaiSummary> getTable() {
        return table;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PegawaiForm getForm() {
        return form;
    }

    public String getPpkText() {
        return ppkText;
    }

    public void setPpkText(String ppkText) {
        this.ppkText = ppkText;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }
}
