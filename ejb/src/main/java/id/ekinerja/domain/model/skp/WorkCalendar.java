package id.ekinerja.domain.model.skp;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for deadlines. Windows open and close on calendar dates; the platform counts them in Western
 * Indonesia Time (WIB, where the ministries and BKN sit) whatever zone the server runs in, so a window does not
 * close at 07:00 local time on a UTC host.
 */
public final class WorkCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private WorkCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
