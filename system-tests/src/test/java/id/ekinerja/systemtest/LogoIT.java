package id.ekinerja.systemtest;

import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.settings.SettingsAdminService;
import id.ekinerja.application.settings.SettingsAdminService.HistoryLine;
import id.ekinerja.application.settings.SettingsInvalidException;
import id.ekinerja.domain.model.settings.SettingsLogo;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agency logo upload: a real PNG becomes a new settings version (who, when, before → after) pointing at bytes
 * stored in the agency's schema; a wrong type or an oversized file is refused with its own message and the old logo
 * stays; only the admin instansi may upload; another agency never finds the logo.
 */
@ExtendWith(ArquillianExtension.class)
class LogoIT {
    private static final Actor PENGELOLA = new Actor("199507092021012001"); // pengelola kinerja, kpu-dki

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(LogoIT.class, TestNips.class, TestImages.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    SettingsAdminService settings;

    @EJB
    AgencySettings agencySettings;

    @Test
    void aPngBecomesTheLogoBadFilesAreRefusedAndTheOldLogoStays() {
        String tenant = "logo-" + UUID.randomUUID().toString().substring(0, 8);
        String nip = TestNips.randomNip();
        platform.createTenant(new NewTenant(tenant, "Instansi " + tenant, nip, "Admin Logo", tenant + "@uji.ekinerja.id"), "tester");
        Actor admin = new Actor(nip);

        byte[] png = TestImages.png();
        TenantContext.run(tenant, () -> settings.uploadLogo(admin, png));
        String logo = TenantContext.call(tenant, () -> agencySettings.settings()).logo();
        assertTrue(logo.startsWith("/t/" + tenant + "/logo?v="), logo);
        long id = Long.parseLong(logo.substring(logo.indexOf("?v=") + 3));
        SettingsLogo stored = TenantContext.call(tenant, () -> agencySettings.logo(id)).orElseThrow();
        assertArrayEquals(png, stored.getContent());
        assertEquals("image/png", stored.getMediaType());
        assertEquals(nip, stored.getUploadedBy());
        List<HistoryLine> history = TenantContext.call(tenant, () -> settings.history(admin));
        assertEquals(nip, history.get(0).changedBy());
        assertTrue(history.get(0).changes().contains("logo: null → " + logo), history.get(0).changes().toString());

        assertRefused(tenant, admin, TestImages.svg(), "set.logo.type");
        assertRefused(tenant, admin, "GIF89a....".getBytes(), "set.logo.type");
        assertRefused(tenant, admin, TestImages.oversizedPng(), "set.logo.tooLarge");
        assertRefused(tenant, admin, new byte[0], "set.logo.fileRequired");
        assertEquals(logo, TenantContext.call(tenant, () -> agencySettings.settings()).logo(), "the old logo stays");
        assertEquals(history.size(), TenantContext.call(tenant, () -> settings.history(admin)).size(), "no version added");

        // exactly at the limit is accepted
        byte[] atLimit = Arrays.copyOf(png, SettingsLogo.MAX_BYTES);
        TenantContext.run(tenant, () -> settings.uploadLogo(admin, atLimit));

        // only the admin instansi uploads; another agency does not find this agency's logo id
        assertEquals("access.roleRequired", assertThrows(AccessDeniedException.class,
                () -> TenantContext.run("kpu-dki", () -> settings.uploadLogo(PENGELOLA, png))).messageKey());
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> settings.uploadLogo(admin, png)));
        assertTrue(TenantContext.call("pa-ponorogo", () -> agencySettings.logo(id)).isEmpty());
    }

    private void assertRefused(String tenant, Actor admin, byte[] bytes, String key) {
        SettingsInvalidException e = assertThrows(SettingsInvalidException.class,
                () -> TenantContext.run(tenant, () -> settings.uploadLogo(admin, bytes)));
        assertEquals(key, e.problems().get(0).messageKey());
        assertEquals("logoFile", e.problems().get(0).field());
    }
}
