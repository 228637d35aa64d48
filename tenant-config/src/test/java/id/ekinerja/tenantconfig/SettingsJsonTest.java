package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsJsonTest {

    @Test
    void storedSettingsReadBackEqual() {
        for (TenantDefinition tenant : TenantFiles.loadDemoTenants()) {
            TenantSettings settings = tenant.settings();
            assertEquals(settings, SettingsJson.fromJson("stored", SettingsJson.toJson(settings)), tenant.code());
        }
    }

    @Test
    void invalidStoredSettingsNameTheField() {
        String json = SettingsJson.toJson(TenantFiles.loadDemoTenants().get(0).settings())
                .replace("\"locale\":\"id\"", "\"locale\":\"fr\"");
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class,
                () -> SettingsJson.fromJson("settings_version#7", json));
        assertTrue(e.getMessage().contains("settings_version#7") && e.getMessage().contains("settings.locale"),
                e.getMessage());
    }

    @Test
    void unknownKeyIsRefused() {
        String json = SettingsJson.toJson(TenantFiles.loadDemoTenants().get(0).settings())
                .replaceFirst("\\{", "{\"lokale\":\"id\",");
        assertThrows(InvalidTenantFileException.class, () -> SettingsJson.fromJson("stored", json));
    }
}
