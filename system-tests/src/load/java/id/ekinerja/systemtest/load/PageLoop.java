package id.ekinerja.systemtest.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Closed model: {@code load.users} people sign in at once and, when all have, each fetches {@code load.page} (under their
 * tenant's path) as fast as answers come, for {@code load.seconds}; an answer counts when it is HTTP 200 and
 * contains {@code load.marker}. The throughput is read while every user is inside the loop.
 */
public class PageLoop extends Simulation {
    {
        String page = Steps.setting("load.page");
        String marker = Steps.setting("load.marker");
        int count = Integer.parseInt(Steps.setting("load.users"));
        ScenarioBuilder users = scenario("page loop").feed(Steps.peopleCircular(Steps.setting("load.kinds").split(",")))
                // signs in on the agency's home page (the bare page has no menu to recognise a signed-in page by)
                .exec(Steps.signIn(""))
                // everyone loops at the same time: wait (at most two minutes) until all have signed in
                .exec(session -> session.set("waitUntil", System.currentTimeMillis() + 120_000))
                .asLongAs(session -> Recorder.signIns() < count && System.currentTimeMillis() < session.getLong("waitUntil"))
                .on(pause(Duration.ofMillis(100)))
                .during(Duration.ofSeconds(Long.parseLong(Steps.setting("load.seconds")))).on(
                        Steps.timed(page, http(page).get("/t/#{tenant}/" + page)
                                .check(status().is(200), substring(marker).exists())))
                .exec(session -> {
                    Recorder.loopEnded();
                    return session;
                });
        setUp(users.injectOpen(atOnceUsers(count)))
                .protocols(Steps.protocol());
    }
}
