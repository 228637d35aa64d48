package id.ekinerja.systemtest.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Closed model: {@code load.users} people sign in at once, then each fetches {@code load.page} (under their
 * tenant's path) as fast as answers come, for {@code load.seconds}; an answer counts when it is HTTP 200 and
 * contains {@code load.marker}. The throughput is read while every user is inside the loop.
 */
public class PageLoop extends Simulation {
    {
        String page = Steps.setting("load.page");
        String marker = Steps.setting("load.marker");
        ScenarioBuilder users = scenario("page loop").feed(Steps.people(Steps.setting("load.kinds").split(",")))
                .exec(Steps.signIn(page))
                .during(Duration.ofSeconds(Long.parseLong(Steps.setting("load.seconds")))).on(
                        Steps.timed(page, http(page).get("/t/#{tenant}/" + page)
                                .check(status().is(200), substring(marker).exists())))
                .exec(session -> {
                    Recorder.loopEnded();
                    return session;
                });
        setUp(users.injectOpen(atOnceUsers(Integer.parseInt(Steps.setting("load.users")))))
                .protocols(Steps.protocol());
    }
}
