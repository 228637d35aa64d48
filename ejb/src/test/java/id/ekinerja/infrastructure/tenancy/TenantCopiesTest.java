package id.ekinerja.infrastructure.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantCopiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aCopyServesOnlyItsOwnTenantAndTheKeyItWasReadFor() {
        TenantCopies<LocalDate, Integer> openYear = new TenantCopies<>(60_000_000_000L);
        openYear.put("kpu-dki", TODAY, 2026);
        assertEquals(Optional.of(2026), openYear.get("kpu-dki", TODAY));
        assertTrue(openYear.get("bawaslu-lebong", TODAY).isEmpty(), "another agency never sees this one's copy");
        assertTrue(openYear.get("kpu-dki", TODAY.plusDays(1)).isEmpty(), "a copy read yesterday is read again today");
    }

    @Test
    void aCopyIsNotTrustedAfterItsTime() throws InterruptedException {
        TenantCopies<LocalDate, Integer> openYear = new TenantCopies<>(1_000_000L); // 1 ms
        openYear.put("kpu-dki", TODAY, 2026);
        Thread.sleep(5);
        assertTrue(openYear.get("kpu-dki", TODAY).isEmpty());
    }

    @Test
    void forgettingOneTenantLeavesTheOthers() {
        TenantCopies<LocalDate, Integer> openYear = new TenantCopies<>(60_000_000_000L);
        openYear.put("kpu-dki", TODAY, 2026);
        openYear.put("bawaslu-lebong", TODAY, 2025);
        openYear.forget(null, "kpu-dki"); // outside a transaction: dropped now only
        assertTrue(openYear.get("kpu-dki", TODAY).isEmpty());
        assertEquals(Optional.of(2025), openYear.get("bawaslu-lebong", TODAY));
    }

    @Test
    void aRestoredTenantLosesEveryKindOfCopy() {
        TenantCopies<LocalDate, Integer> openYear = new TenantCopies<>(60_000_000_000L);
        TenantCopies<LocalDate, String> settings = new TenantCopies<>(60_000_000_000L);
        openYear.put("kpu-dki", TODAY, 2026);
        settings.put("kpu-dki", TODAY, "KPU Provinsi DKI Jakarta");
        settings.put("bawaslu-lebong", TODAY, "Bawaslu Kabupaten Lebong");
        TenantCopies.forgetTenant(null, "kpu-dki");
        assertTrue(openYear.get("kpu-dki", TODAY).isEmpty());
        assertTrue(settings.get("kpu-dki", TODAY).isEmpty());
        assertEquals(Optional.of("Bawaslu Kabupaten Lebong"), settings.get("bawaslu-lebong", TODAY));
    }

    @Test
    void aKeylessCopyIsPerTenantAndForgottenOnRequest() {
        TenantCopies<Void, String> admission = new TenantCopies<>();
        admission.put("kpu-dki", "ACTIVE");
        assertEquals(Optional.of("ACTIVE"), admission.get("kpu-dki"));
        assertTrue(admission.get("bawaslu-lebong").isEmpty());
        admission.forget(null, "kpu-dki");
        assertTrue(admission.get("kpu-dki").isEmpty(), "a suspension through this node applies at once");
    }
}
