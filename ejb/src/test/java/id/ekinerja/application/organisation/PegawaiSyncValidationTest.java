package id.ekinerja.application.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.organisation.PegawaiImportValidator.Existing;
import id.ekinerja.application.organisation.PegawaiImportValidator.PerRecord;
import id.ekinerja.tenantconfig.EmployeeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sync's record-by-record validation: good records pass beside bad ones, dependants of bad ones do not. */
class PegawaiSyncValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String BOSS = "197501012000031001";
    private static final String STAFF = "198501012010011002";
    private static final String OTHER = "198601012010012003";
    private static final Set<String> UNITS = Set.of("SEKR", "TEKNIS");

    private static PegawaiRow row(int line, String nip, String unit, String ppk, String email) {
        return new PegawaiRow(line, nip, "Nama " + line, "PNS", "III/a", "Analis", "PELAKSANA", "", unit, ppk, email,
                null);
    }

    private static PerRecord check(List<PegawaiRow> rows, Map<String, Existing> existing) {
        return PegawaiImportValidator.validateEach(rows, UNITS, existing, Map.of("taken@example.go.id", "199001012015031009"),
                TODAY);
    }

    private static List<String> keys(PerRecord r, int line) {
        return r.rejected().getOrDefault(line, List.of()).stream().map(ImportProblem::key).toList();
    }

    @Test
    void goodRecordsAreAcceptedBesideBadOnesAndKeepTheirRoles() {
        PerRecord r = check(List.of(row(1, BOSS, "SEKR", "", ""), row(2, "12345", "SEKR", "", ""),
                row(3, STAFF, "NOWHERE", "", ""), row(4, OTHER, "TEKNIS", BOSS, "taken@example.go.id")), Map.of());
        assertEquals(List.of(BOSS), r.accepted().stream().map(PegawaiDraft::nip).toList());
        assertNull(r.accepted().get(0).roles(), "no Peran: the roles stay as they are");
        assertEquals(List.of("org.import.error.nip"), keys(r, 2));
        assertEquals(List.of("org.import.error.unknownUnit"), keys(r, 3));
        assertEquals(List.of("org.import.error.emailTaken"), keys(r, 4));
    }

    @Test
    void aRecordWhoseNewPpkIsRejectedIsRejectedTooButAnExistingPpkStillCounts() {
        PerRecord r = check(List.of(row(1, BOSS, "NOWHERE", "", ""), row(2, STAFF, "SEKR", BOSS, "")), Map.of());
        assertTrue(r.accepted().isEmpty());
        assertEquals(List.of("org.sync.error.ppkRejected"), keys(r, 2));

        PerRecord stored = check(List.of(row(1, BOSS, "NOWHERE", "", ""), row(2, STAFF, "SEKR", BOSS, "")),
                Map.of(BOSS, new Existing(BOSS, EmployeeType.PNS, null, null)));
        assertEquals(List.of(STAFF), stored.accepted().stream().map(PegawaiDraft::nip).toList());
    }

    @Test
    void aDuplicatedNipOrEmailRejectsEveryRecordCarryingIt() {
        PerRecord r = check(List.of(row(1, BOSS, "SEKR", "", ""), row(2, BOSS, "TEKNIS", "", ""),
                row(3, STAFF, "SEKR", "", "a@example.go.id"), row(4, OTHER, "SEKR", "", "A@example.go.id")), Map.of());
        assertTrue(r.accepted().isEmpty(), r.accepted()::toString);
        assertEquals(List.of("org.sync.error.duplicateNip"), keys(r, 1));
        assertEquals(List.of("org.sync.error.duplicateNip"), keys(r, 2));
        assertEquals(List.of("org.sync.error.duplicateEmail"), keys(r, 3));
        assertEquals(List.of("org.sync.error.duplicateEmail"), keys(r, 4));
    }

    @Test
    void aPpkChangeThatClosesACycleWithARejectedRecordsStoredSuperiorIsRejected() {
        // stored: BOSS reports to STAFF. The payload moves BOSS to nobody (but BOSS's record is bad) and STAFF
        // under BOSS: applying STAFF alone would close BOSS → STAFF → BOSS.
        PerRecord r = check(List.of(row(1, BOSS, "NOWHERE", "", ""), row(2, STAFF, "SEKR", BOSS, "")),
                Map.of(BOSS, new Existing(BOSS, EmployeeType.PNS, STAFF, null),
                        STAFF, new Existing(STAFF, EmployeeType.PNS, null, null)));
        assertTrue(r.accepted().isEmpty(), r.accepted()::toString);
        assertEquals(List.of("org.import.error.ppkCycle"), keys(r, 2));
    }
}
