package id.ekinerja.application.activity;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.domain.model.skp.WorkCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The log aktivitas viewer: the admin's filtered, paged view of the tenant's activity log, and its export.
 * Filtering and paging happen in SQL (indexes on actor and action with time), so a year of a large agency's
 * log stays fast.
 */
@Stateless
public class ActivityLogSearch {
    /** An export stops here (and says so in its last row): beyond it a spreadsheet is not the right tool. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    /**
     * @param person NIP (exact or its start) or part of a name, case-insensitive; blank = everyone
     * @param action exact action code; blank = all
     * @param from   first day, inclusive (WIB); {@code null} = open
     * @param to     last day, inclusive (WIB); {@code null} = open
     */
    public record Filter(String person, String action, LocalDate from, LocalDate to) implements java.io.Serializable {
    }

    public record Line(long id, OffsetDateTime occurredAt, String actor, String actorName, String action,
                       String entity, String entityId, String detail) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantAuthorization auth;

    public long count(Actor actor, Filter filter) {
        auth.requireAdmin(actor);
        return query("select count(a)", filter, Long.class, "").getSingleResult();
    }

    public List<Line> search(Actor actor, Filter filter, int first, int max) {
        auth.requireAdmin(actor);
        return lines(filter, first, Math.min(max, 500));
    }

    /** The action codes present in the log, for the filter's choices. */
    public List<String> actions(Actor actor) {
        auth.requireAdmin(actor);
        return em.createQuery("select distinct a.action from ActivityLogEntry a order by a.action", String.class)
                .getResultList();
    }

    /** The filtered log as XLSX, newest first, at most {@value #MAX_EXPORT_ROWS} rows. */
    public byte[] exportXlsx(Actor actor, Filter filter) {
        auth.requireAdmin(actor);
        // Streaming workbook: a window of rows in memory, the rest on temporary disk, so memory stays flat.
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Log aktivitas");
            String[] headers = {"Waktu (WIB)", "NIP / akun", "Nama", "Aksi", "Objek", "ID objek", "Rincian"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            int r = 1;
            for (int first = 0; r <= MAX_EXPORT_ROWS; first += 1000) {
                List<Line> page = lines(filter, first, Math.min(1000, MAX_EXPORT_ROWS - r + 1));
                for (Line l : page) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(l.occurredAt().atZoneSameInstant(WorkCalendar.ZONE)
                            .toLocalDateTime().withNano(0).toString().replace('T', ' '));
                    row.createCell(1).setCellValue(l.actor());
                    row.createCell(2).setCellValue(nullToEmpty(l.actorName()));
                    row.createCell(3).setCellValue(l.action());
                    row.createCell(4).setCellValue(nullToEmpty(l.entity()));
                    row.createCell(5).setCellValue(nullToEmpty(l.entityId()));
                    // Cells are text: a detail starting with "=" stays text in Excel, never a formula.
                    row.createCell(6).setCellValue(nullToEmpty(l.detail()));
                }
                em.clear();
                if (page.size() < 1000) {
                    break;
                }
            }
            if (r > MAX_EXPORT_ROWS) {
                sheet.createRow(r).createCell(0).setCellValue("… dipotong pada " + MAX_EXPORT_ROWS
                        + " baris; persempit filter untuk melihat sisanya");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private List<Line> lines(Filter filter, int first, int max) {
        return query("select new id.ekinerja.application.activity.ActivityLogSearch$Line(a.id, a.occurredAt, a.actor,"
                + " p.name, a.action, a.entity, a.entityId, a.detail)", filter, Line.class,
                " order by a.occurredAt desc, a.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from ActivityLogEntry a left join Pegawai p on p.nip = a.actor where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String person = filter.person() == null ? "" : filter.person().strip();
        if (!person.isEmpty()) {
            String digits = person.replace(" ", "");
            jpql.append(" and (a.actor like :nip or lower(p.name) like :name)");
            params.put("nip", escape(digits) + "%");
            params.put("name", "%" + escape(person.toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            jpql.append(" and a.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay(WorkCalendar.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            jpql.append(" and a.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(WorkCalendar.ZONE).toOffsetDateTime());
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    /** LIKE wildcards typed by the user match themselves (PostgreSQL's default escape is the backslash). */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
