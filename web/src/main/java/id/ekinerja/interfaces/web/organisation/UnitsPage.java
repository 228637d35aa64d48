package id.ekinerja.interfaces.web.organisation;

import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.organisation.OrganisationAdminService.UnitNode;
import id.ekinerja.application.organisation.OrganisationException;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Backing bean of admin/units.xhtml: the unit kerja tree; add, rename, move (never under its own subtree). */
@Named
@ViewScoped(saveInViewState = true)
public class UnitsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationAdminService organisation;

    @Inject
    TenantUser user;

    private String code;
    private String name;
    private Long parentId;
    private Long selectedId;
    private String newName;
    private Long newParentId;
    private transient List<UnitNode> units;

    public List<UnitNode> getUnits() {
        if (units == null) {
            units = organisation.units(user.getActor());
        }
        return units;
    }

    public String indent(UnitNode u) {
        return "\u00A0\u00A0\u00A0\u00A0".repeat(u.depth());
    }

    public String unitLabel(UnitNode u) {
        return "\u00A0\u00A0".repeat(u.depth()) + u.name() + " (" + u.code() + ")";
    }

    public void add() {
        run(() -> {
            organisation.addUnit(user.getActor(), code, name, parentId);
            FacesMessages.info("org.units.added", code);
            code = name = null;
            parentId = null;
        });
    }

    public void select(UnitNode u) {
        selectedId = u.id();
        newName = u.name();
        newParentId = u.parentId();
    }

    public void rename() {
        run(() -> {
            organisation.renameUnit(user.getActor(), selectedId, newName);
            FacesMessages.info("org.units.saved");
        });
    }

    public void move() {
        run(() -> {
            organisation.moveUnit(user.getActor(), selectedId, newParentId);
            FacesMessages.info("org.units.saved");
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
            units = null;
        } catch (OrganisationException e) {
            FacesMessages.error(e.messageKey(), e.args());
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Long getSelectedId() { return selectedId; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public Long getNewParentId() { return newParentId; }
    public void setNewParentId(Long newParentId) { this.newParentId = newParentId; }
}
