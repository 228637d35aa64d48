package id.ekinerja.infrastructure.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantContextTest {

    @Test
    void noTenantMeansNoDataAccess() {
        assertTrue(TenantContext.current().isEmpty());
        assertThrows(NoTenantException.class, TenantContext::require);
        assertThrows(NoTenantException.class, () -> new CurrentTenantResolver().resolveCurrentTenantIdentifier());
    }

    @Test
    void tenantIsHeldOnlyForTheWorkAndClearedAfterwards() {
        String seen = TenantContext.call("kpu-dki", TenantContext::require);
        assertEquals("kpu-dki", seen);
        assertTrue(TenantContext.current().isEmpty(), "tenant must not leak past the unit of work");
    }

    @Test
    void tenantIsClearedEvenWhenTheWorkFails() {
        assertThrows(IllegalStateException.class, () -> TenantContext.run("kpu-dki", () -> {
            throw new IllegalStateException("boom");
        }));
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void nestedWorkRestoresTheOuterTenant() {
        TenantContext.run("kpu-dki", () -> {
            assertEquals("bawaslu-lebong", TenantContext.call("bawaslu-lebong", TenantContext::require));
            assertEquals("kpu-dki", TenantContext.require());
        });
    }

    @Test
    void malformedCodesNeverBecomeATenant() {
        for (String bad : new String[] {null, "", "KPU", "kpu_dki", "-kpu", "kpu-", "a;drop schema x", "public",
                "platform", "x".repeat(41), "kpu dki", "kpu/../x"}) {
            assertThrows(IllegalArgumentException.class, () -> TenantContext.run(bad, () -> { }), String.valueOf(bad));
        }
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void schemaNamesAreDerivedFromTheCode() {
        assertEquals("tenant_kpu_dki", TenantCode.schemaOf("kpu-dki"));
        assertEquals("tenant_a1", TenantCode.schemaOf("a1"));
        assertThrows(IllegalArgumentException.class, () -> TenantCode.schemaOf("x\"; drop"));
    }
}
