package id.ekinerja.interfaces.web.penilaian;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views.KeberatanLine;
import id.ekinerja.domain.model.penilaian.Keberatan;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.skp.SkpFaces;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.Rating;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/** {@code penilaian/keberatan-inbox.xhtml}: the atasan PPK decides keberatan (uphold, or new ratings), with reasons. */
@Named
@ViewScoped(saveInViewState = true)
public class KeberatanInboxPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PenilaianService penilaian;

    @Inject
    TenantUser user;

    private List<KeberatanLine> lines = List.of();
    private final Map<Long, String> hasil = new HashMap<>();
    private final Map<Long, String> perilaku = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        List<KeberatanLine> l = SkpFaces.attempt(() -> penilaian.keberatanInbox(user.getActor()));
        lines = l == null ? List.of() : l;
    }

    public void uphold(long id) {
        decide(id, true);
    }

    public void change(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean uphold) {
        Keberatan k = SkpFaces.attempt(() -> penilaian.decideKeberatan(user.getActor(), id, uphold,
                rating(hasil.get(id)), rating(perilaku.get(id)), reasons.get(id)));
        if (k != null) {
            FacesMessages.info("pen.keberatan.decided");
            load();
        }
    }

    private static Rating rating(String s) {
        return s == null || s.isBlank() ? null : Rating.valueOf(s);
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public List<KeberatanLine> getLines() {
        return lines;
    }

    public Map<Long, String> getHasil() {
        return hasil;
    }

    public Map<Long, String> getPerilaku() {
        return perilaku;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
