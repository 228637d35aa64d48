package id.ekinerja.application.monitor;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The penilaian report in the shape agencies build by hand for payroll: one row per active pegawai for one window,
 * with the predikat and the share of tunjangan kinerja it pays under the agency's table, whether the result is
 * final, and any keberatan. Pegawai not yet rated are listed too ("belum dinilai"), so nobody silently drops out
 * of the payroll.
 */
@Stateless
public class PayrollReport {
    public record Line(String nip, String name, String pangkatGolongan, String jabatan, String unitName,
                       Predikat predikat, boolean finalised, String keberatan, Integer tunjanganPercent) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantAuthorization auth;

    @EJB
    EvaluationWindows windows;

    @EJB
    AgencySettings agencySettings;

    public List<Line> lines(Actor actor, long windowId) {
        auth.requireAdmin(actor);
        EvaluationWindow window = windows.window(windowId);
        TenantSettings settings = agencySettings.settings();
        List<?> rows = em.createNativeQuery("""
                        select p.nip, p.name, p.pangkat_golongan, p.jabatan, u.name, e.predikat, coalesce(e.finalised, false),
                               k.status
                        from pegawai p
                        left join unit_kerja u on u.id = p.unit_id
                        left join evaluation e on e.pegawai_id = p.id and e.window_id = :w
                        left join keberatan k on k.evaluation_id = e.id
                        where p.active
                        order by u.name, p.name, p.nip""")
                .setParameter("w", window.getId()).getResultList();
        List<Line> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            Predikat predikat = r[5] == null ? null : Predikat.valueOf((String) r[5]);
            out.add(new Line(((String) r[0]).trim(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], predikat,
                    Boolean.TRUE.equals(r[6]), (String) r[7], predikat == null ? null : settings.tunjanganShare(predikat)));
        }
        return out;
    }

    public byte[] xlsx(Actor actor, long windowId) {
        List<Line> lines = lines(actor, windowId);
        String label = windows.window(windowId).label();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Penilaian");
            s.createRow(0).createCell(0).setCellValue("Laporan penilaian kinerja · " + label);
            String[] headers = {"No", "NIP", "Nama", "Pangkat/Golongan", "Jabatan", "Unit kerja", "Predikat",
                    "Status", "Keberatan", "Tunjangan kinerja (%)"};
            Row head = s.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            int r = 3;
            for (Line l : lines) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue(l.nip());
                row.createCell(2).setCellValue(l.name());
                row.createCell(3).setCellValue(l.pangkatGolongan() == null ? "" : l.pangkatGolongan());
                row.createCell(4).setCellValue(l.jabatan() == null ? "" : l.jabatan());
                row.createCell(5).setCellValue(l.unitName() == null ? "" : l.unitName());
                row.createCell(6).setCellValue(l.predikat() == null ? "" : l.predikat().label());
                row.createCell(7).setCellValue(l.predikat() == null ? "belum dinilai" : l.finalised() ? "final" : "belum final");
                row.createCell(8).setCellValue(l.keberatan() == null ? "" : l.keberatan());
                if (l.tunjanganPercent() != null) {
                    row.createCell(9).setCellValue(l.tunjanganPercent());
                }
                r++;
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }
}
