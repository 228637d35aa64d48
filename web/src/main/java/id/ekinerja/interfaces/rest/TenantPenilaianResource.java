package id.ekinerja.interfaces.rest;

import id.ekinerja.application.monitor.PayrollReport;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Predikat for integrations (payroll, SIASN): {@code GET /api/t/{tenant}/windows?year=2026} lists the year's
 * evaluation windows; {@code GET /api/t/{tenant}/windows/{id}/predikat} gives every active pegawai's predikat in
 * that window, whether it is final, any keberatan, and the tunjangan share of the agency's table (admins).
 */
@Path("/t/{tenant}/windows")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPenilaianResource {
    public record WindowInfo(long id, String label, String kind, int sequence, LocalDate coversFrom, LocalDate coversTo,
                             LocalDate opensOn, LocalDate closesOn) {
        static WindowInfo of(EvaluationWindow w) {
            return new WindowInfo(w.getId(), w.label(), w.getKind().name(), w.getSequence(), w.getCoversFrom(),
                    w.getCoversTo(), w.getOpensOn(), w.getClosesOn());
        }
    }

    @EJB
    EvaluationWindows windows;

    @EJB
    PayrollReport report;

    @Context
    SecurityContext security;

    @GET
    public List<WindowInfo> list(@QueryParam("year") int year) {
        return windows.windows(year).stream().map(WindowInfo::of).toList();
    }

    @GET
    @Path("/{id}/predikat")
    public List<PayrollReport.Line> predikat(@PathParam("id") long windowId) {
        return report.lines(new Actor(security.getUserPrincipal().getName()), windowId);
    }
}
