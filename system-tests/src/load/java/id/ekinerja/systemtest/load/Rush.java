package id.ekinerja.systemtest.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The deadline rush of the four demo agencies, open model (everyone arrives within {@code load.ramp} seconds):
 * <ul>
 * <li>pegawai with a draft: sign in, then {@code load.edits} times open their SKP, change the lampiran and save
 * the whole document (the real Faces form with its view state);</li>
 * <li>pegawai whose SKP waits for approval: sign in and look at it now and then;</li>
 * <li>unit heads (PPK): sign in, open the inbox, open each waiting SKP and approve it;</li>
 * <li>then the periodic window closes: everyone opens their penilaian page, PPKs the evaluation page.</li>
 * </ul>
 * Think times of one to three seconds between pages, as people have.
 */
public class Rush extends Simulation {
    {
        int edits = Integer.parseInt(Steps.setting("load.edits"));
        int ramp = Integer.parseInt(Steps.setting("load.ramp"));

        ChainBuilder windowCloses = Steps.timed("penilaian/my", http("penilaian/my").get("/t/#{tenant}/penilaian/my.xhtml")
                .check(status().is(200), substring("id=\"logout\"").exists()));

        ScenarioBuilder drafting = scenario("pegawai drafting").feed(Steps.people("draft"))
                .exec(Steps.signIn("skp/my.xhtml"))
                .repeat(edits, "edit").on(
                        Steps.timed("skp/my (editor)", http("skp/my").get("/t/#{tenant}/skp/my.xhtml")
                                .check(status().is(200), form("#skpForm").saveAs("skpForm"),
                                        css("#skpForm", "action").saveAs("skpAction"))),
                        exec(session -> session).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                        Steps.timed("skp/my save", http("save").post("#{skpAction}")
                                .formParamMap(Rush::edited)
                                .check(status().is(200), substring("SKP tersimpan").exists())),
                        exec(session -> session).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .exec(windowCloses);

        ScenarioBuilder waiting = scenario("pegawai waiting").feed(Steps.people("submitted"))
                .exec(Steps.signIn("skp/my.xhtml"))
                .repeat(edits).on(
                        Steps.timed("skp/my (submitted)", http("skp/my").get("/t/#{tenant}/skp/my.xhtml")
                                .check(status().is(200), substring("id=\"logout\"").exists())),
                        exec(session -> session).pause(Duration.ofSeconds(2), Duration.ofSeconds(4)))
                .exec(windowCloses);

        ScenarioBuilder approving = scenario("PPK approving").feed(Steps.people("head"))
                .exec(Steps.signIn("skp/inbox.xhtml"))
                // a round per SKP waiting for a decision (3 per head; approved ones stay listed); a failed approval ends the rounds
                .asLongAs(session -> !session.contains("done") && session.getInt("rounds") < 3, "rounds").on(
                        Steps.timed("skp/inbox", http("inbox").get("/t/#{tenant}/skp/inbox.xhtml")
                                .check(status().is(200), css("a[id^=open-][data-status=DIAJUKAN]", "href").optional().saveAs("review"))),
                        exec(session -> session.contains("review") ? session : session.set("done", true)),
                        exec(session -> session).pause(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                        exec(session -> session).doIf(session -> session.contains("review")).then(
                                Steps.timed("skp/view (review)", http("review").get("#{review}")
                                        .check(status().is(200), form("#reviewForm").saveAs("reviewForm"),
                                                css("#reviewForm", "action").saveAs("reviewAction"))),
                                exec(session -> session).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                                Steps.timed("skp/view approve", http("approve").post("#{reviewAction}")
                                        .formParamMap(session -> withButton(session.getMap("reviewForm"), "reviewForm:approve"))
                                        .check(status().is(200), substring("disetujui").exists())),
                                exec(session -> session.getBoolean("lastOk") ? session : session.set("done", true)),
                                exec(session -> session.remove("review"))))
                .exec(Steps.timed("penilaian/evaluate", http("penilaian/evaluate").get("/t/#{tenant}/penilaian/evaluate.xhtml")
                        .check(status().is(200), substring("id=\"logout\"").exists())));

        setUp(drafting.injectOpen(rampUsers(Integer.parseInt(Steps.setting("load.drafting"))).during(ramp)),
                waiting.injectOpen(rampUsers(Integer.parseInt(Steps.setting("load.waiting"))).during(ramp)),
                approving.injectOpen(rampUsers(Integer.parseInt(Steps.setting("load.approving"))).during(ramp)))
                .protocols(Steps.protocol());
    }

    /** The form as the page gave it, the lampiran changed, and the save button pressed. */
    private static Map<String, Object> edited(Session session) {
        Map<String, Object> fields = withButton(session.getMap("skpForm"), "skpForm:save");
        fields.put("skpForm:dukungan", "DIPA " + session.userId() + " edit " + session.getInt("edit"));
        return fields;
    }

    private static Map<String, Object> withButton(Map<String, Object> form, String button) {
        Map<String, Object> fields = new HashMap<>(form);
        // the form check keeps every submit button; a browser sends only the one pressed
        fields.keySet().removeIf(k -> k.startsWith(button.substring(0, button.indexOf(':') + 1)) && !k.equals(button)
                && (k.endsWith(":save") || k.endsWith(":submit") || k.endsWith(":reload") || k.endsWith(":approve")
                || k.endsWith(":return") || k.endsWith(":addUtama") || k.endsWith(":addTambahan")));
        fields.put(button, button);
        return fields;
    }
}
