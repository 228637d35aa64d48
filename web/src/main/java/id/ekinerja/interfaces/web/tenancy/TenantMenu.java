package id.ekinerja.interfaces.web.tenancy;

import id.ekinerja.interfaces.web.Html;
import id.ekinerja.interfaces.web.Language;
import id.ekinerja.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The links of the tenant pages' menu bar that a person's roles offer, grouped in disclosure menus ({@code <details>}:
 * keyboard and screen-reader friendly without script; {@code nav.js} only closes the other groups). A group shows
 * when it has a link. Link ids stay as they were: tests and bookmarks rely on them. Offering is not permitting: the
 * pages and services check again.
 * <p>
 * Why markup made here and not in the template: the menu is the same for everyone with the same roles and language,
 * so it is put together once per such pair, and a page only fills in its agency's address. Written in the template it
 * was about 20 tags and 40 expressions built and evaluated on every page, the rush's busiest included.
 */
@Named
@RequestScoped
public class TenantMenu {
    /** A person's roles as far as the menu cares. */
    record Roles(boolean pegawai, boolean ppk, boolean admin, boolean adminInstansi) {
    }

    record Link(String id, String path, String label, Predicate<Roles> offered) {
    }

    record Group(String id, String label, List<Link> links) {
    }

    private static final Link HOME = new Link("nav-home", "", "nav.home", r -> true);
    private static final List<Group> GROUPS = List.of(
            new Group("nav-group-plan", "nav.group.plan", List.of(
                    new Link("nav-skp", "skp/my.xhtml", "nav.mySkp", Roles::pegawai),
                    // admins record top leaders' SKP decisions
                    new Link("nav-inbox", "skp/inbox.xhtml", "nav.ppkInbox", r -> r.ppk() || r.admin()),
                    new Link("nav-periods", "skp/periods.xhtml", "nav.periods", Roles::admin),
                    new Link("nav-waiting", "skp/waiting-chain.xhtml", "nav.waitingChain", Roles::admin),
                    new Link("nav-monitor", "admin/monitor.xhtml", "nav.monitor", Roles::admin))),
            new Group("nav-group-do", "nav.group.do", List.of(
                    new Link("nav-pelaksanaan", "pelaksanaan/my.xhtml", "nav.pelaksanaan", Roles::pegawai),
                    new Link("nav-bawahan", "pelaksanaan/bawahan.xhtml", "nav.bawahan", Roles::ppk))),
            new Group("nav-group-eval", "nav.group.eval", List.of(
                    new Link("nav-pen-my", "penilaian/my.xhtml", "pen.nav.my", Roles::pegawai),
                    new Link("nav-pen-evaluate", "penilaian/evaluate.xhtml", "pen.nav.evaluate", r -> r.ppk() || r.admin()),
                    new Link("nav-pen-units", "penilaian/units.xhtml", "pen.nav.units", r -> r.ppk() || r.admin()),
                    new Link("nav-pen-keberatan", "penilaian/keberatan-inbox.xhtml", "pen.nav.keberatan",
                            r -> r.ppk() || r.admin()),
                    new Link("nav-dashboard", "admin/dashboard.xhtml", "nav.dashboard", Roles::admin))),
            new Group("nav-group-admin", "nav.group.admin", List.of(
                    new Link("nav-org", "admin/pegawai.xhtml", "nav.organisation", Roles::admin),
                    new Link("nav-import", "admin/import.xhtml", "nav.import", Roles::admin),
                    new Link("nav-activity", "admin/activity.xhtml", "nav.activity", Roles::admin),
                    new Link("nav-settings", "admin/settings.xhtml", "nav.settings", Roles::adminInstansi))));
    private static final Link HELP = new Link("nav-help", "help.xhtml", "nav.help", r -> true);

    /** Stands for the agency's base address in the markup made once; never part of a label. */
    private static final String BASE = "\u0000";
    /** Per language and roles: the markup's parts, between which the agency's base address goes. */
    private static final Map<Made, String[]> MADE = new ConcurrentHashMap<>();

    private record Made(String language, Roles roles) {
    }

    @Inject
    TenantUser user;

    @Inject
    Language language;

    /** The menu's links for the signed-in person on this agency's pages. */
    public String getLinks() {
        Roles roles = new Roles(user.isPegawai(), user.isPpk(), user.isAdmin(), user.isAdminInstansi());
        Locale locale = language.getLocale();
        String[] parts = MADE.computeIfAbsent(new Made(locale.getLanguage(), roles),
                k -> markup(locale, roles).split(BASE, -1));
        String base = Html.escape(user.getBase());
        StringBuilder out = new StringBuilder(2048).append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(base).append(parts[i]);
        }
        return out.toString();
    }

    static String markup(Locale locale, Roles roles) {
        StringBuilder out = new StringBuilder();
        link(out, HOME, locale, "");
        for (Group group : GROUPS) {
            List<Link> offered = group.links().stream().filter(l -> l.offered().test(roles)).toList();
            if (offered.isEmpty()) {
                continue;
            }
            out.append("\n<details class=\"nav-group\" id=\"").append(group.id()).append("\"><summary>")
                    .append(Html.escape(Messages.get(locale, group.label()))).append("</summary><div class=\"nav-menu\">");
            offered.forEach(l -> link(out, l, locale, "\n  "));
            out.append("\n</div></details>");
        }
        link(out, HELP, locale, "\n");
        return out.toString();
    }

    private static void link(StringBuilder out, Link link, Locale locale, String indent) {
        out.append(indent).append("<a id=\"").append(link.id()).append("\" href=\"").append(BASE).append(link.path())
                .append("\">").append(Html.escape(Messages.get(locale, link.label()))).append("</a>");
    }
}
