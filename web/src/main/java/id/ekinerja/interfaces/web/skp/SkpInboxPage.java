package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.InboxLine;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The PPK's inbox: subordinates' SKP by state (and, for admins, top leaders' SKP to record on behalf). */
@Named
@RequestScoped
public class SkpInboxPage {
    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private List<InboxLine> lines;

    public List<InboxLine> getLines() {
        if (lines == null) {
            lines = SkpFaces.attempt(() -> skp.inbox(user.getActor()));
            lines = lines == null ? List.of() : lines;
        }
        return lines;
    }
}
