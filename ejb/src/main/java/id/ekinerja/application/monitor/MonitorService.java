package id.ekinerja.application.monitor;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The admin's monitor of the SKP stage of a year: per unit, how many pegawai have no SKP yet, a draft, a submitted,
 * returned or approved one; how many are blocked because their PPK has no approved SKP; and, once the first
 * periodic window of the year has closed, how many are late (no approved SKP by then — the work of the year is
 * being evaluated against an SKP that does not exist). Drill down to the people behind each number; export both.
 */
@Stateless
public class MonitorService {
    /** Stages a person can be in, for the drill-down filter. */
    public enum Stage { NONE, DRAFT, DIAJUKAN, DIKEMBALIKAN, DISETUJUI, BLOCKED, LATE }

    public record UnitLine(Long unitId, String unitCode, String unitName, long pegawai, long none, long draft,
                           long submitted, long returned, long approved, long blocked, long late) implements java.io.Serializable {
        public int approvedPercent() {
            return pegawai == 0 ? 0 : (int) (approved * 100 / pegawai);
        }
    }

    public record PersonLine(String nip, String name, String jabatan, String unitName, String ppkName, String status,
                             boolean blocked, boolean late) implements java.io.Serializable {
    }

    /** Counts of the year's first approvals and submissions per week, for the progress chart. */
    public record WeekLine(LocalDate week, long submitted, long approved) implements java.io.Serializable {
    }

    /**
     * One line per active pegawai with the status of their latest SKP revision of the year. Read per person through
     * the index {@code skp_latest_ix} (a lateral lookup, and an EXISTS for the PPK's approved SKP) rather than a
     * DISTINCT ON over the whole year: a unit's drill-down reads its hundred people, not the agency's 50,000 SKP.
     * {@code unit_id} is the pegawai's own column, so a unit filter uses {@code pegawai_unit_ix}.
     */
    private static final String PER_PERSON = """
            select p.id, p.nip, p.name, p.jabatan, p.unit_id, u.code as unit_code, u.name as unit_name,
                   k.name as ppk_name, coalesce(l.status, 'NONE') as status,
                   (p.ppk_id is not null and coalesce(l.status, '') <> 'DISETUJUI'
                    and not exists (select 1 from skp a where a.pegawai_id = p.ppk_id and a.period_year = :y
                                    and a.status in ('DISETUJUI', 'DIGANTI'))) as blocked,
                   (:lateDay and coalesce(l.status, '') <> 'DISETUJUI') as late
            from pegawai p
            left join unit_kerja u on u.id = p.unit_id
            left join pegawai k on k.id = p.ppk_id
            left join lateral (select s.status from skp s where s.pegawai_id = p.id and s.period_year = :y
                               order by s.revision desc limit 1) l on true
            where p.active
            """;

    /**
     * The unit table in one statement. The 50,000 people are first reduced to counts per (unit, PPK, latest status)
     * — a thousand groups — and only then is each PPK's approved SKP looked up, for the few hundred distinct PPKs
     * instead of a join of every person with the set of every approved pegawai; the unit names are joined to the
     * final 500 lines (grouping 50,000 rows by a text column sorted them by collation). Same counts as grouping
     * {@link #PER_PERSON} by unit (MonitorIT checks each number against its drill-down).
     */
    private static final String UNITS = """
            with latest as (
              select distinct on (s.pegawai_id) s.pegawai_id, s.status
              from skp s where s.period_year = :y order by s.pegawai_id, s.revision desc),
            grouped as (
              select p.unit_id, p.ppk_id, coalesce(l.status, 'NONE') as status, count(*) as n
              from pegawai p left join latest l on l.pegawai_id = p.id
              where p.active group by p.unit_id, p.ppk_id, coalesce(l.status, 'NONE')),
            approved_ppk as (
              select distinct s.pegawai_id from skp s
              where s.period_year = :y and s.status in ('DISETUJUI', 'DIGANTI')
                and s.pegawai_id in (select ppk_id from grouped)),
            agg as (
              select g.unit_id, sum(g.n) as n,
                     coalesce(sum(g.n) filter (where g.status = 'NONE'), 0) as c_none,
                     coalesce(sum(g.n) filter (where g.status = 'DRAFT'), 0) as c_draft,
                     coalesce(sum(g.n) filter (where g.status = 'DIAJUKAN'), 0) as c_sub,
                     coalesce(sum(g.n) filter (where g.status = 'DIKEMBALIKAN'), 0) as c_ret,
                     coalesce(sum(g.n) filter (where g.status = 'DISETUJUI'), 0) as c_app,
                     coalesce(sum(g.n) filter (where g.ppk_id is not null and a.pegawai_id is null
                                               and g.status <> 'DISETUJUI'), 0) as c_blocked,
                     coalesce(sum(g.n) filter (where :lateDay and g.status <> 'DISETUJUI'), 0) as c_late
              from grouped g left join approved_ppk a on a.pegawai_id = g.ppk_id
              group by g.unit_id)
            select agg.unit_id, u.code, u.name, n, c_none, c_draft, c_sub, c_ret, c_app, c_blocked, c_late
            from agg left join unit_kerja u on u.id = agg.unit_id order by u.name nulls last
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantAuthorization auth;

    @EJB
    EvaluationWindows windows;

    @EJB
    SkpService skp;

    public List<UnitLine> units(Actor actor, int year) {
        auth.requireAdmin(actor);
        return unitLines(year, isLate(year));
    }

    /**
     * Everything the monitor page shows above the drill-down, in one call (one transaction, the year's windows read
     * once): the unit table and its total, whether late is counted yet, the year's windows for the penilaian report
     * and the years to choose from. Computed on every call: the numbers are never older than the request.
     */
    public Overview overview(Actor actor, int year) {
        Choices choices = choices(actor, year);
        boolean late = isLate(choices.windows());
        List<UnitLine> units = unitLines(year, late);
        return new Overview(units, total(units), late, choices);
    }

    /** The page's selections without the unit table (a postback validating the chosen year or window needs no more). */
    public Choices choices(Actor actor, int year) {
        auth.requireAdmin(actor);
        List<EvaluationWindow> yearWindows = windows.windows(year);
        return new Choices(yearWindows,
                EvaluationWindows.currentPeriodic(yearWindows, WorkCalendar.today()).map(EvaluationWindow::getId).orElse(null),
                skp.periods().stream().map(p -> p.getYear()).toList());
    }

    /** What {@link #overview} returns. */
    public record Overview(List<UnitLine> units, UnitLine total, boolean lateCounted, Choices choices) implements java.io.Serializable {
    }

    /** The year's windows (for the penilaian report; {@code currentWindowId} preselected) and the years to choose. */
    public record Choices(List<EvaluationWindow> windows, Long currentWindowId, List<Integer> years) implements java.io.Serializable {
    }

    private List<UnitLine> unitLines(int year, boolean late) {
        List<?> rows = em.createNativeQuery(UNITS).setParameter("y", year).setParameter("lateDay", late).getResultList();
        List<UnitLine> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new UnitLine(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10])));
        }
        return out;
    }

    /** The agency's totals: one line summing the units. */
    public UnitLine total(List<UnitLine> units) {
        long[] t = new long[8];
        for (UnitLine u : units) {
            t[0] += u.pegawai(); t[1] += u.none(); t[2] += u.draft(); t[3] += u.submitted();
            t[4] += u.returned(); t[5] += u.approved(); t[6] += u.blocked(); t[7] += u.late();
        }
        return new UnitLine(null, null, null, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    /**
     * The people of a unit ({@code null} = the whole agency; {@code 0} = pegawai without a unit) in a stage
     * ({@code null} = all), by name; at most {@code max} (≤ 1,000) from {@code first}.
     */
    public List<PersonLine> people(Actor actor, int year, Long unitId, Stage stage, int first, int max) {
        auth.requireAdmin(actor);
        StringBuilder sql = new StringBuilder("select nip, name, jabatan, unit_name, ppk_name, status, blocked, late from ("
                + PER_PERSON + ") x where 1 = 1");
        if (unitId != null) {
            sql.append(unitId == 0 ? " and unit_id is null" : " and unit_id = :unit");
        }
        if (stage != null) {
            sql.append(switch (stage) {
                case BLOCKED -> " and blocked";
                case LATE -> " and late";
                default -> " and status = :stage";
            });
        }
        sql.append(" order by name, nip");
        var q = em.createNativeQuery(sql.toString()).setParameter("y", year).setParameter("lateDay", isLate(year));
        if (unitId != null && unitId != 0) {
            q.setParameter("unit", unitId);
        }
        if (stage != null && stage != Stage.BLOCKED && stage != Stage.LATE) {
            q.setParameter("stage", stage.name());
        }
        List<PersonLine> out = new ArrayList<>();
        for (Object o : q.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 1000)).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new PersonLine(((String) r[0]).trim(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], Boolean.TRUE.equals(r[6]), Boolean.TRUE.equals(r[7])));
        }
        return out;
    }

    /** Submissions and first approvals of the year's SKP per week (WIB), oldest first. */
    public List<WeekLine> progress(Actor actor, int year) {
        auth.requireAdmin(actor);
        List<?> rows = em.createNativeQuery("""
                        select w, sum(sub), sum(app) from (
                          select date_trunc('week', submitted_at at time zone 'Asia/Jakarta')::date w, 1 sub, 0 app
                          from skp where period_year = :y and revision = 1 and submitted_at is not null
                          union all
                          select date_trunc('week', decided_at at time zone 'Asia/Jakarta')::date, 0, 1
                          from skp where period_year = :y and revision = 1 and decided_at is not null
                            and status in ('DISETUJUI', 'DIGANTI')) e
                        group by w order by w""")
                .setParameter("y", year).getResultList();
        List<WeekLine> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            LocalDate week = r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0];
            out.add(new WeekLine(week, n(r[1]), n(r[2])));
        }
        return out;
    }

    /** The unit table and every person with their stage, as XLSX (two sheets). */
    public byte[] exportXlsx(Actor actor, int year) {
        List<UnitLine> units = units(actor, year);
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Per unit");
            header(s, "Unit kerja", "Pegawai", "Belum menyusun", "Draf", "Diajukan", "Dikembalikan", "Disetujui",
                    "Menunggu atasan", "Terlambat");
            int r = 1;
            for (UnitLine u : units) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(u.unitName() == null ? "(tanpa unit)" : u.unitName());
                long[] values = {u.pegawai(), u.none(), u.draft(), u.submitted(), u.returned(), u.approved(), u.blocked(), u.late()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i + 1).setCellValue(values[i]);
                }
            }
            Sheet p = wb.createSheet("Per pegawai");
            header(p, "NIP", "Nama", "Jabatan", "Unit kerja", "PPK", "Status SKP", "Menunggu atasan", "Terlambat");
            r = 1;
            for (int first = 0; ; first += 1000) {
                List<PersonLine> page = people(actor, year, null, null, first, 1000);
                for (PersonLine l : page) {
                    Row row = p.createRow(r++);
                    row.createCell(0).setCellValue(l.nip());
                    row.createCell(1).setCellValue(l.name());
                    row.createCell(2).setCellValue(l.jabatan() == null ? "" : l.jabatan());
                    row.createCell(3).setCellValue(l.unitName() == null ? "" : l.unitName());
                    row.createCell(4).setCellValue(l.ppkName() == null ? "" : l.ppkName());
                    row.createCell(5).setCellValue(l.status());
                    row.createCell(6).setCellValue(l.blocked() ? "ya" : "");
                    row.createCell(7).setCellValue(l.late() ? "ya" : "");
                }
                if (page.size() < 1000) {
                    break;
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** Late counts once the year's first periodic window has closed. */
    public boolean isLate(int year) {
        return isLate(windows.windows(year));
    }

    private static boolean isLate(List<EvaluationWindow> yearWindows) {
        return yearWindows.stream().filter(w -> !w.isAnnual()).findFirst()
                .map(EvaluationWindow::getClosesOn).map(c -> c.isBefore(WorkCalendar.today())).orElse(false);
    }

    static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
