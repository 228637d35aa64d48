package id.ekinerja.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {
    private static OutgoingMail mail(int maxAttempts) {
        Notification n = new Notification("198306112008121002", "SKP_SUBMITTED", "SKP 2026 menunggu", "isi", "skp/view.xhtml?id=1");
        return new OutgoingMail(n, "ppk@example.id", n.getSubject(), "isi", maxAttempts);
    }

    @Test
    void aFailedAttemptIsRetriedWithDoublingBackOffUntilTheAttemptsAreUsed() {
        OutgoingMail m = mail(3);
        OffsetDateTime t = OffsetDateTime.parse("2026-11-25T08:00:00+07:00");
        m.failed(t, "Connection refused");
        assertEquals(OutgoingMail.Status.PENDING, m.getStatus());
        assertEquals(1, m.getAttempts());
        assertEquals(t.plusMinutes(1), m.getNextAttemptAt());
        m.failed(t, "Connection refused");
        assertEquals(t.plusMinutes(2), m.getNextAttemptAt());
        m.failed(t, "Connection refused");
        assertEquals(OutgoingMail.Status.FAILED, m.getStatus(), "given up after the bounded number of attempts");
        assertEquals(3, m.getAttempts());
        assertEquals("Connection refused", m.getLastError());
    }

    @Test
    void aSentMailKeepsItsAttemptCountAndClearsTheError() {
        OutgoingMail m = mail(5);
        OffsetDateTime t = OffsetDateTime.now();
        m.failed(t, "timeout");
        m.sent(t);
        assertEquals(OutgoingMail.Status.SENT, m.getStatus());
        assertEquals(2, m.getAttempts());
        assertNull(m.getLastError());
    }

    @Test
    void noAddressOrNoAttemptsIsRefused() {
        Notification n = new Notification("198306112008121002", "X", "s", null, null);
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(n, " ", "s", "b", 3));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(n, "a@b.id", "s", "b", 0));
    }
}
