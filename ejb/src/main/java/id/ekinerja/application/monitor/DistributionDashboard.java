package id.ekinerja.application.monitor;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.tenantconfig.DistributionCurve;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RoundingRule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The admin's dashboard of one evaluation window: per unit, how many active pegawai got each predikat, the head-count
 * bounds the distribution curve allows for that unit's size (the tenant's rule set and rounding rule, the same
 * {@link DistributionCurve#bounds} the penilaian pages and the finalisation use) and whether the unit fits; the
 * agency-wide distribution; the people of a unit. One grouped SQL query for all units, so 50,000 pegawai cost one
 * scan, never a loop over people in Java.
 * <p>
 * The unit is the pegawai's current unit and only active pegawai count, as in the finalisation check
 * ({@code PenilaianService.checks}), so the dashboard says "fits" exactly when finalising would not be refused
 * for the curve.
 */
@Stateless
public class DistributionDashboard {
    /** Where a unit stands against the curve. */
    public enum Fit {
        /** The leader above has not set the unit's organisation predikat: no curve applies yet. */
        NO_PREDIKAT,
        /** Not everyone is rated yet and no cap is exceeded so far. */
        INCOMPLETE,
        /** Everyone rated and every constraint holds. */
        FITS,
        /** A constraint is broken: a cap exceeded already, or a minimum missed with everyone rated. */
        VIOLATES
    }

    /** One constraint of the curve with its head-count bounds for the unit's size and the live count. */
    public record RuleLine(String text, int min, int max, int actual, boolean ok) implements Serializable {
    }

    /** One unit in the window; {@code counts} in {@link Predikat} order. */
    public record UnitLine(Long unitId, String unitCode, String unitName, OrganisationPredikat organisationPredikat,
                           boolean finalised, int size, int unrated, List<Integer> counts, List<RuleLine> rules,
                           Fit fit) implements Serializable {
        public int rated() {
            return size - unrated;
        }

        public int count(Predikat p) {
            return counts.get(p.ordinal());
        }

        /** Share of the unit in percent (of its size), for the bars. */
        public int percent(Predikat p) {
            return size == 0 ? 0 : Math.round(100f * count(p) / size);
        }
    }

    /** One person of a unit in the window ({@code predikat} null = not rated yet). */
    public record PersonLine(String nip, String name, String jabatan, Predikat predikat, boolean finalised)
            implements Serializable {
    }

    /** The whole picture of one window. {@code total} sums every unit (rules empty, fit null). */
    public record Overview(long windowId, String windowLabel, RoundingRule rounding, String ruleSetVersion,
                           List<UnitLine> units, UnitLine total) implements Serializable {
        public long count(Fit fit) {
            return units.stream().filter(u -> u.fit() == fit).count();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantAuthorization auth;

    @EJB
    EvaluationWindows windows;

    @EJB
    AgencySettings agencySettings;

    public Overview overview(Actor actor, long windowId) {
        auth.requireAdmin(actor);
        EvaluationWindow w = windows.window(windowId);
        // one row per (unit, predikat): active pegawai of the unit, rated or not (predikat null), and the unit's
        // organisation predikat of the window; units without active pegawai do not appear
        List<?> rows = em.createNativeQuery("""
                        select u.id, u.code, u.name, op.predikat as org, coalesce(op.finalised, false) as fin,
                               e.predikat, count(*)
                        from pegawai p
                        left join unit_kerja u on u.id = p.unit_id
                        left join evaluation e on e.pegawai_id = p.id and e.window_id = :w
                        left join organisation_predikat op on op.unit_id = p.unit_id and op.window_id = :w
                        where p.active
                        group by u.id, u.code, u.name, op.predikat, op.finalised, e.predikat
                        order by u.name nulls last, u.id""")
                .setParameter("w", w.getId()).getResultList();
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, EnumMap<Predikat, Integer>> counts = new LinkedHashMap<>();
        Map<Long, Integer> unrated = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            Long unit = r[0] == null ? 0L : ((Number) r[0]).longValue();
            heads.putIfAbsent(unit, r);
            int n = ((Number) r[6]).intValue();
            EnumMap<Predikat, Integer> c = counts.computeIfAbsent(unit, k -> new EnumMap<>(Predikat.class));
            if (r[5] == null) {
                unrated.merge(unit, n, Integer::sum);
            } else {
                c.merge(Predikat.valueOf((String) r[5]), n, Integer::sum);
            }
        }
        DistributionCurve curve = agencySettings.rules().distributionCurve();
        RoundingRule rounding = agencySettings.settings().distributionRounding();
        List<UnitLine> units = new ArrayList<>();
        int[] total = new int[Predikat.values().length];
        int totalUnrated = 0;
        for (Map.Entry<Long, Object[]> h : heads.entrySet()) {
            Object[] r = h.getValue();
            EnumMap<Predikat, Integer> c = counts.get(h.getKey());
            int open = unrated.getOrDefault(h.getKey(), 0);
            OrganisationPredikat org = r[3] == null ? null : OrganisationPredikat.valueOf((String) r[3]);
            units.add(line(h.getKey() == 0 ? null : h.getKey(), (String) r[1], (String) r[2], org, Boolean.TRUE.equals(r[4]),
                    c, open, curve, rounding));
            for (Predikat p : Predikat.values()) {
                total[p.ordinal()] += c.getOrDefault(p, 0);
            }
            totalUnrated += open;
        }
        List<Integer> t = new ArrayList<>();
        int size = totalUnrated;
        for (int v : total) {
            t.add(v);
            size += v;
        }
        UnitLine sum = new UnitLine(null, null, null, null, false, size, totalUnrated, t, List.of(), null);
        return new Overview(w.getId(), w.label(), rounding, agencySettings.rules().version(), units, sum);
    }

    /**
     * The line of one unit: bounds for its full size (rated or not), counts of those rated so far. Pegawai without
     * a unit ({@code unitId} null) are listed but the curve does not apply to them.
     */
    static UnitLine line(Long unitId, String code, String name, OrganisationPredikat org, boolean finalised,
                         Map<Predikat, Integer> counts, int unrated, DistributionCurve curve, RoundingRule rounding) {
        List<Integer> c = new ArrayList<>();
        int size = unrated;
        for (Predikat p : Predikat.values()) {
            int v = counts.getOrDefault(p, 0);
            c.add(v);
            size += v;
        }
        List<RuleLine> rules = new ArrayList<>();
        Fit fit = Fit.NO_PREDIKAT;
        if (org != null && unitId != null) {
            boolean capBroken = false;
            boolean anyBroken = false;
            for (DistributionCurve.Bound b : curve.bounds(org, size, rounding)) {
                int actual = b.constraint().group().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
                boolean ok = b.allows(actual);
                rules.add(new RuleLine(b.constraint().describe(), b.min(), b.max(), actual, ok));
                anyBroken |= !ok;
                capBroken |= actual > b.max();
            }
            fit = capBroken || unrated == 0 && anyBroken ? Fit.VIOLATES : unrated > 0 ? Fit.INCOMPLETE : Fit.FITS;
        }
        return new UnitLine(unitId, code, name, org, finalised, size, unrated, List.copyOf(c), rules, fit);
    }

    /**
     * The active pegawai of a unit ({@code 0} = without a unit) with their predikat in the window, by name; only those
     * with {@code predikat} if given ({@code "NONE"} = not rated); at most {@code max} (≤ 1,000) from {@code first}.
     */
    public List<PersonLine> people(Actor actor, long windowId, long unitId, String predikat, int first, int max) {
        auth.requireAdmin(actor);
        EvaluationWindow w = windows.window(windowId);
        StringBuilder sql = new StringBuilder("""
                select p.nip, p.name, p.jabatan, e.predikat, coalesce(e.finalised, false)
                from pegawai p left join evaluation e on e.pegawai_id = p.id and e.window_id = :w
                where p.active""");
        sql.append(unitId == 0 ? " and p.unit_id is null" : " and p.unit_id = :u");
        if ("NONE".equals(predikat)) {
            sql.append(" and e.predikat is null");
        } else if (predikat != null && !predikat.isEmpty()) {
            Predikat.valueOf(predikat); // only known values reach the query
            sql.append(" and e.predikat = :p");
        }
        sql.append(" order by p.name, p.nip");
        var q = em.createNativeQuery(sql.toString()).setParameter("w", w.getId());
        if (unitId != 0) {
            q.setParameter("u", unitId);
        }
        if (predikat != null && !predikat.isEmpty() && !"NONE".equals(predikat)) {
            q.setParameter("p", predikat);
        }
        List<PersonLine> out = new ArrayList<>();
        for (Object o : q.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 1000)).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new PersonLine(((String) r[0]).trim(), (String) r[1], (String) r[2],
                    r[3] == null ? null : Predikat.valueOf((String) r[3]), Boolean.TRUE.equals(r[4])));
        }
        return out;
    }

    /** The unit table (counts, bounds, fit) as XLSX; the people stay on the page and in the payroll report. */
    public byte[] exportXlsx(Actor actor, long windowId) {
        Overview o = overview(actor, windowId);
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Distribusi predikat");
            List<String> titles = new ArrayList<>(List.of("Unit kerja", "Predikat organisasi", "Pegawai", "Belum dinilai"));
            for (Predikat p : Predikat.values()) {
                titles.add(p.label());
            }
            titles.addAll(List.of("Kesesuaian kurva", "Batas kurva (min–maks, aktual)"));
            MonitorService.header(s, titles.toArray(String[]::new));
            int r = 1;
            for (UnitLine u : o.units()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(u.unitName() == null ? "(tanpa unit)" : u.unitName());
                row.createCell(1).setCellValue(u.organisationPredikat() == null ? "" : u.organisationPredikat().label());
                row.createCell(2).setCellValue(u.size());
                row.createCell(3).setCellValue(u.unrated());
                for (Predikat p : Predikat.values()) {
                    row.createCell(4 + p.ordinal()).setCellValue(u.count(p));
                }
                int c = 4 + Predikat.values().length;
                row.createCell(c).setCellValue(switch (u.fit()) {
                    case NO_PREDIKAT -> "predikat organisasi belum ditetapkan";
                    case INCOMPLETE -> "belum semua dinilai";
                    case FITS -> "sesuai";
                    case VIOLATES -> "tidak sesuai";
                });
                row.createCell(c + 1).setCellValue(String.join("; ", u.rules().stream()
                        .map(l -> l.text() + ": " + l.min() + "–" + l.max() + ", aktual " + l.actual()).toList()));
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
