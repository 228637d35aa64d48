package id.ekinerja.systemtest;

import id.ekinerja.application.activity.ActivityLogSearch;
import id.ekinerja.application.activity.ActivityLogSearch.Filter;
import id.ekinerja.application.activity.ActivityLogSearch.Line;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log aktivitas viewer: filters in SQL, export cell by cell, admins of the agency only. */
@ExtendWith(ArquillianExtension.class)
class ActivityLogIT {
    private static final Actor RATNA = new Actor("198511172009042001");      // admin instansi, kpu-dki
    private static final Actor NURUL = new Actor("199507092021012001");      // pengelola kinerja, kpu-dki
    private static final Actor I_MADE = new Actor("198703142011011005");     // pegawai, kpu-dki
    private static final Actor EKA = new Actor("198401282009032002");        // admin instansi, bawaslu-lebong

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(ActivityLogIT.class, TenantProbe.class);
    }

    @EJB
    ActivityLogSearch log;

    @EJB
    TenantProbe probe;

    @Test
    void filtersByActionPersonAndDate() {
        String marker = "penanda-" + UUID.randomUUID();
        probe.writeMarker("kpu-dki", marker);
        probe.writeMarker("bawaslu-lebong", marker + "-lain");

        List<Line> markers = TenantContext.call("kpu-dki",
                () -> log.search(RATNA, new Filter(null, "TEST_MARKER", null, null), 0, 500));
        assertTrue(markers.stream().anyMatch(l -> l.detail().equals(marker)));
        assertTrue(markers.stream().noneMatch(l -> l.detail().startsWith(marker + "-")), "another agency's log never shows");
        assertTrue(markers.stream().allMatch(l -> l.action().equals("TEST_MARKER")));

        // The bootstrap entry is by "system"; the marker by "test": the person filter separates them.
        assertTrue(TenantContext.call("kpu-dki", () -> log.search(RATNA, new Filter("test", null, null, null), 0, 500))
                .stream().allMatch(l -> l.actor().startsWith("test")));
        // LIKE wildcards typed in the filter match themselves, not everything.
        assertEquals(0, TenantContext.call("kpu-dki", () -> log.count(RATNA, new Filter("%", null, null, null))));

        var today = WorkCalendar.today();
        assertTrue(TenantContext.call("kpu-dki", () -> log.search(RATNA, new Filter(null, "TEST_MARKER", today, today), 0, 500))
                .stream().anyMatch(l -> l.detail().equals(marker)));
        assertTrue(TenantContext.call("kpu-dki", () -> log.search(RATNA,
                new Filter(null, "TEST_MARKER", today.minusDays(10), today.minusDays(1)), 0, 500))
                .stream().noneMatch(l -> l.detail().equals(marker)), "yesterday's filter excludes today's entry");
        assertTrue(TenantContext.call("kpu-dki", () -> log.actions(NURUL)).contains("TEST_MARKER"));
    }

    @Test
    void exportHoldsTheFilteredRowsCellByCell() throws IOException {
        String marker = "=HYPERLINK(\"http://jahat.example\")" + UUID.randomUUID();
        probe.writeMarker("kpu-dki", marker);
        Filter filter = new Filter("test", "TEST_MARKER", null, null);
        List<Line> expected = TenantContext.call("kpu-dki", () -> log.search(RATNA, filter, 0, 500));
        byte[] xlsx = TenantContext.call("kpu-dki", () -> log.exportXlsx(RATNA, filter));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Waktu (WIB)", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Rincian", sheet.getRow(0).getCell(6).getStringCellValue());
            List<String> details = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertEquals("test", row.getCell(1).getStringCellValue());
                assertEquals("TEST_MARKER", row.getCell(3).getStringCellValue());
                assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(6).getCellType(),
                        "a detail that looks like a formula stays text");
                details.add(row.getCell(6).getStringCellValue());
            }
            assertEquals(expected.stream().map(Line::detail).toList(), details);
            assertTrue(details.contains(marker));
        }
    }

    @Test
    void onlyTheAgencysAdminsReadTheLog() {
        Filter all = new Filter(null, null, null, null);
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> log.count(I_MADE, all)));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> log.exportXlsx(I_MADE, all)));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> log.search(EKA, all, 0, 10)));
        assertTrue(TenantContext.call("kpu-dki", () -> log.count(NURUL, all)) > 0);
    }
}
