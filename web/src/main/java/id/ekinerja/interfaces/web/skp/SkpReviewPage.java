package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.SkpStatus;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.CoreValue;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * One SKP in the official layout for any permitted reader; for its PPK (or, for a top leader, an admin on
 * behalf of the external superior) also the ekspektasi khusus per core value and approve / return.
 */
@Named
@ViewScoped(saveInViewState = true)
public class SkpReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Long id;
    private SkpDocument doc;
    private boolean decider;
    private final Map<String, String> ekspektasi = new HashMap<>();
    private String reason;

    /** f:viewAction: loads the SKP named in the URL (refused with a message when not readable). */
    public void load() {
        if (id == null) {
            FacesMessages.error("skp.access.denied");
            return;
        }
        doc = SkpFaces.attempt(() -> skp.view(user.getActor(), id));
        if (doc != null) {
            decider = doc.status() == SkpStatus.DIAJUKAN && skp.canDecide(user.getActor(), id);
            ekspektasi.clear();
            doc.perilaku().stream().filter(p -> p.coreValue() != null && p.ekspektasi() != null)
                    .forEach(p -> ekspektasi.put(p.coreValue(), p.ekspektasi()));
        }
    }

    public void approve() {
        Map<CoreValue, String> byValue = new EnumMap<>(CoreValue.class);
        ekspektasi.forEach((k, v) -> byValue.put(CoreValue.valueOf(k), v));
        SkpDocument done = SkpFaces.attempt(() -> skp.approve(user.getActor(), id, doc.version(), byValue));
        if (done != null) {
            FacesMessages.info("skp.approved", done.pegawai().name());
            load();
        }
    }

    public void returnSkp() {
        SkpDocument done = SkpFaces.attempt(() -> skp.returnSkp(user.getActor(), id, doc.version(), reason));
        if (done != null) {
            FacesMessages.info("skp.returned", done.pegawai().name());
            reason = null;
            load();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SkpDocument getDoc() {
        return doc;
    }

    public boolean isDecider() {
        return decider;
    }

    public Map<String, String> getEkspektasi() {
        return ekspektasi;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
