package id.ekinerja.interfaces.web.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.interfaces.web.Html;
import id.ekinerja.interfaces.web.Messages;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The menu's links per role, as the domain gives each role its pages. */
class TenantMenuTest {
    private static final Pattern LINK_ID = Pattern.compile("<a id=\"([^\"]+)\"");

    private static List<String> links(TenantMenu.Roles roles) {
        Matcher m = LINK_ID.matcher(TenantMenu.markup(Messages.INDONESIAN, roles));
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void aPegawaiIsOfferedTheirOwnPagesOnly() {
        assertEquals(List.of("nav-home", "nav-skp", "nav-pelaksanaan", "nav-pen-my", "nav-help"),
                links(new TenantMenu.Roles(true, false, false, false)));
        String markup = TenantMenu.markup(Messages.INDONESIAN, new TenantMenu.Roles(true, false, false, false));
        assertFalse(markup.contains("nav-group-admin"), "a group without links is left out");
    }

    @Test
    void aPpkIsOfferedTheirInboxAndTheirStaffsWork() {
        assertEquals(List.of("nav-home", "nav-skp", "nav-inbox", "nav-pelaksanaan", "nav-bawahan", "nav-pen-my",
                "nav-pen-evaluate", "nav-pen-units", "nav-pen-keberatan", "nav-help"),
                links(new TenantMenu.Roles(true, true, false, false)));
    }

    @Test
    void onlyTheAdminInstansiIsOfferedTheAgencySettings() {
        List<String> pengelola = links(new TenantMenu.Roles(true, false, true, false));
        List<String> adminInstansi = links(new TenantMenu.Roles(true, false, true, true));
        assertTrue(pengelola.containsAll(List.of("nav-periods", "nav-monitor", "nav-org", "nav-import", "nav-dashboard")));
        assertFalse(pengelola.contains("nav-settings"));
        assertTrue(adminInstansi.contains("nav-settings"));
    }

    @Test
    void someoneWithoutRolesOnlyGetsHomeAndHelp() {
        assertEquals(List.of("nav-home", "nav-help"), links(new TenantMenu.Roles(false, false, false, false)));
    }

    @Test
    void labelsFollowTheLanguageAndAreEscaped() {
        TenantMenu.Roles pegawai = new TenantMenu.Roles(true, false, false, false);
        assertTrue(TenantMenu.markup(Messages.INDONESIAN, pegawai).contains(">" + Messages.get(Messages.INDONESIAN, "nav.mySkp") + "<"));
        assertTrue(TenantMenu.markup(Locale.ENGLISH, pegawai).contains(">" + Messages.get(Locale.ENGLISH, "nav.mySkp") + "<"));
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
    }
}
