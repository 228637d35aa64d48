package id.ekinerja.application.organisation;

import id.ekinerja.domain.model.organisation.EmailAddress;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.InvalidNipException;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.Nip;
import id.ekinerja.tenantconfig.TenantRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole import file against itself, the agency's data and Keycloak before anything is written, and
 * lists every bad row with its reason. Pure: callers pass what exists, so it is tested without a server.
 */
public final class PegawaiImportValidator {
    private static final Pattern EXCEL_NUMBER = Pattern.compile("^[0-9.,]+E\\+?[0-9]+$", Pattern.CASE_INSENSITIVE);

    /** A pegawai already in the agency: enough to check PPK chains, type changes and e-mail owners. */
    public record Existing(String nip, EmployeeType type, String ppkNip, String email) {
    }

    /** Every problem found (empty = the file may be imported) and the drafts of the rows. */
    public record Result(List<ImportProblem> problems, List<PegawaiDraft> drafts) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private PegawaiImportValidator() {
    }

    /**
     * @param unitCodes          codes of the agency's unit kerja
     * @param existing           the agency's pegawai by NIP
     * @param accountEmailOwners e-mail (lower case) → username of every Keycloak account that has one
     */
    public static Result validate(List<PegawaiRow> rows, Set<String> unitCodes, Map<String, Existing> existing,
                                  Map<String, String> accountEmailOwners, LocalDate today) {
        Result all = check(rows, unitCodes, existing, accountEmailOwners, today);
        return all.valid() ? all : new Result(all.problems(), List.of());
    }

    /** Per-record outcome of {@link #validateEach}: the problems of each rejected line, and the drafts to apply. */
    public record PerRecord(Map<Integer, List<ImportProblem>> rejected, List<PegawaiDraft> accepted) {
    }

    /**
     * The same checks as {@link #validate}, but record by record (the API's synchronisation): the good rows are
     * accepted even when others are not. Rejecting a row can break rows that depend on it, so the remaining rows
     * are checked again, against what is stored for the rejected ones, until nothing changes: a row whose new
     * PPK was rejected is rejected too ({@code org.sync.error.ppkRejected}) rather than linked to nobody, and a
     * PPK change that would close a cycle with a rejected row's stored superior is caught. A NIP or e-mail that
     * appears twice rejects every row carrying it: which one is right cannot be told.
     */
    public static PerRecord validateEach(List<PegawaiRow> rows, Set<String> unitCodes, Map<String, Existing> existing,
                                         Map<String, String> accountEmailOwners, LocalDate today) {
        Map<Integer, List<ImportProblem>> rejected = new java.util.TreeMap<>();
        Set<String> rejectedNips = new HashSet<>();
        List<PegawaiRow> remaining = rows;
        while (true) {
            Result pass = check(remaining, unitCodes, existing, accountEmailOwners, today);
            if (pass.valid()) {
                return new PerRecord(rejected, pass.drafts());
            }
            Map<Integer, PegawaiRow> byLine = new HashMap<>();
            remaining.forEach(r -> byLine.put(r.line(), r));
            for (ImportProblem p : pass.problems()) {
                ImportProblem reason = p;
                if (p.key().equals("org.import.error.duplicateNip")) {
                    reason = ImportProblem.of(p.line(), "org.sync.error.duplicateNip", p.args().get(0));
                    int first = Integer.parseInt(p.args().get(1));
                    rejected.computeIfAbsent(first, l -> new ArrayList<>()).add(
                            ImportProblem.of(first, "org.sync.error.duplicateNip", p.args().get(0)));
                } else if (p.key().equals("org.import.error.duplicateEmail")) {
                    reason = ImportProblem.of(p.line(), "org.sync.error.duplicateEmail", p.args().get(0));
                    int first = Integer.parseInt(p.args().get(1));
                    rejected.computeIfAbsent(first, l -> new ArrayList<>()).add(
                            ImportProblem.of(first, "org.sync.error.duplicateEmail", p.args().get(0)));
                } else if (p.key().equals("org.import.error.unknownPpk")
                        && rejectedNips.contains(Nip.stripWhitespace(p.args().get(0)))) {
                    reason = ImportProblem.of(p.line(), "org.sync.error.ppkRejected", p.args().get(0));
                }
                rejected.computeIfAbsent(p.line(), l -> new ArrayList<>()).add(reason);
            }
            rejected.keySet().forEach(line -> {
                PegawaiRow r = byLine.get(line);
                if (r != null && !r.nip().isEmpty()) {
                    rejectedNips.add(Nip.stripWhitespace(r.nip()));
                }
            });
            remaining = remaining.stream().filter(r -> !rejected.containsKey(r.line())).toList();
        }
    }

    /** Every problem of the rows, and the drafts of the rows that have none. */
    private static Result check(List<PegawaiRow> rows, Set<String> unitCodes, Map<String, Existing> existing,
                                Map<String, String> accountEmailOwners, LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, PegawaiDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> lineOfNip = new HashMap<>();
        Map<String, Integer> lineOfEmail = new HashMap<>();
        Map<String, String> emailOwners = new HashMap<>(accountEmailOwners);
        existing.values().forEach(e -> {
            if (e.email() != null && !e.email().isBlank()) {
                emailOwners.putIfAbsent(e.email().toLowerCase(Locale.ROOT), e.nip());
            }
        });

        for (PegawaiRow r : rows) {
            int before = problems.size();
            int line = r.line();
            required(problems, line, r.nip(), 0);
            required(problems, line, r.nama(), 1);
            required(problems, line, r.jenis(), 2);
            required(problems, line, r.jabatan(), 4);
            required(problems, line, r.jenisJabatan(), 5);
            required(problems, line, r.kodeUnit(), 7);
            tooLong(problems, line, r.nama(), 1, 200);
            tooLong(problems, line, r.pangkatGolongan(), 3, 80);
            tooLong(problems, line, r.jabatan(), 4, 200);
            tooLong(problems, line, r.jenjang(), 6, 40);

            EmployeeType type = null;
            if (!r.jenis().isEmpty()) {
                try {
                    type = EmployeeType.valueOf(r.jenis().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(line, "org.import.error.jenis", r.jenis()));
                }
            }
            String nip = null;
            if (!r.nip().isEmpty()) {
                if (EXCEL_NUMBER.matcher(r.nip()).matches()) {
                    problems.add(ImportProblem.of(line, "org.import.error.nipNumber", r.nip()));
                } else if (type != null) {
                    try {
                        nip = Nip.parse(r.nip(), type, today).value();
                    } catch (InvalidNipException e) {
                        problems.add(ImportProblem.of(line, "org.import.error.nip", r.nip(), "org." + e.reasonKey()));
                    }
                }
            }
            if (nip != null) {
                Integer first = lineOfNip.putIfAbsent(nip, line);
                if (first != null) {
                    problems.add(ImportProblem.of(line, "org.import.error.duplicateNip", nip, first));
                }
                Existing old = existing.get(nip);
                if (old != null && type != null && old.type() != type) {
                    problems.add(ImportProblem.of(line, "org.import.error.typeChanged", nip, old.type()));
                }
            }

            JabatanKind kind = null;
            if (!r.jenisJabatan().isEmpty()) {
                try {
                    kind = JabatanKind.valueOf(r.jenisJabatan().toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(line, "org.import.error.jenisJabatan", r.jenisJabatan()));
                }
            }
            if (kind == JabatanKind.FUNGSIONAL && r.jenjang().isEmpty()) {
                problems.add(ImportProblem.of(line, "org.import.error.jenjangRequired"));
            }
            if (!r.kodeUnit().isEmpty() && !unitCodes.contains(r.kodeUnit())) {
                problems.add(ImportProblem.of(line, "org.import.error.unknownUnit", r.kodeUnit()));
            }

            String email = r.email().isEmpty() ? null : r.email().toLowerCase(Locale.ROOT);
            if (email != null) {
                if (!EmailAddress.isValid(email)) {
                    problems.add(ImportProblem.of(line, "org.import.error.email", r.email()));
                } else {
                    Integer first = lineOfEmail.putIfAbsent(email, line);
                    String owner = emailOwners.get(email);
                    if (first != null) {
                        problems.add(ImportProblem.of(line, "org.import.error.duplicateEmail", r.email(), first));
                    } else if (owner != null && nip != null && !owner.equals(nip)) {
                        problems.add(ImportProblem.of(line, "org.import.error.emailTaken", r.email(), owner));
                    }
                }
            }

            // no Peran at all (the API's sync): the pegawai keeps the roles given in e-Kinerja
            Set<TenantRole> roles = r.peran() == null ? null : EnumSet.noneOf(TenantRole.class);
            for (String role : r.peran() == null ? new String[0] : r.peran().split("[,;|]")) {
                String key = role.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
                if (key.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(TenantRole.valueOf(key));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(line, "org.import.error.peran", role.strip()));
                }
            }

            String ppk = r.nipAtasan().isEmpty() ? null : Nip.stripWhitespace(r.nipAtasan());
            if (ppk != null && ppk.equals(nip)) {
                problems.add(ImportProblem.of(line, "org.import.error.selfPpk"));
                ppk = null;
            }
            if (problems.size() == before) {
                drafts.put(line, new PegawaiDraft(line, nip, type, r.nama(), email, blankToNull(r.pangkatGolongan()),
                        r.jabatan(), kind, blankToNull(r.jenjang()), r.kodeUnit(), ppk, roles));
            }
        }

        // PPK references and cycles: the file's rows override what exists
        Map<String, String> superiorOf = new HashMap<>();
        existing.values().forEach(e -> superiorOf.put(e.nip(), e.ppkNip()));
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (PegawaiRow r : rows) {
            String nip = Nip.stripWhitespace(r.nip());
            String ppk = r.nipAtasan().isEmpty() ? null : Nip.stripWhitespace(r.nipAtasan());
            if (!nip.isEmpty() && !lineOf.containsKey(nip)) {
                lineOf.put(nip, r.line());
                superiorOf.put(nip, ppk != null && ppk.equals(nip) ? null : ppk);
            }
        }
        for (PegawaiRow r : rows) {
            String ppk = r.nipAtasan().isEmpty() ? null : Nip.stripWhitespace(r.nipAtasan());
            if (ppk != null && !superiorOf.containsKey(ppk)) {
                problems.add(ImportProblem.of(r.line(), "org.import.error.unknownPpk", r.nipAtasan()));
            }
        }
        for (List<String> cycle : cycles(superiorOf)) {
            for (String nip : cycle.subList(0, cycle.size() - 1)) {
                Integer line = lineOf.get(nip);
                if (line != null) {
                    problems.add(ImportProblem.of(line, "org.import.error.ppkCycle", String.join(" → ", cycle)));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        problems.forEach(p -> drafts.remove(p.line()));
        return new Result(List.copyOf(problems), List.copyOf(drafts.values()));
    }

    /** Every cycle in the superior graph, each as the NIPs on it, in O(n). */
    static List<List<String>> cycles(Map<String, String> superiorOf) {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : superiorOf.keySet()) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            String node = start;
            while (node != null && !done.contains(node) && !onPath.containsKey(node)) {
                onPath.put(node, path.size());
                path.add(node);
                node = superiorOf.get(node);
            }
            if (node != null && onPath.containsKey(node)) {
                List<String> cycle = new ArrayList<>(path.subList(onPath.get(node), path.size()));
                cycle.add(node);
                cycles.add(cycle);
            }
            done.addAll(path);
        }
        return cycles;
    }

    private static void required(List<ImportProblem> problems, int line, String value, int column) {
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(line, "org.import.error.required", PegawaiRow.COLUMNS.get(column)));
        }
    }

    private static void tooLong(List<ImportProblem> problems, int line, String value, int column, int max) {
        if (value.length() > max) {
            problems.add(ImportProblem.of(line, "org.import.error.tooLong", PegawaiRow.COLUMNS.get(column), max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
