package id.ekinerja.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotificationTest {
    private static final String NIP = "198306112008121002";

    @Test
    void aLinkIsAPathInsideTheTenant() {
        assertEquals("skp/view.xhtml?id=3", new Notification(NIP, "K", "s", null, "/skp/view.xhtml?id=3").getLink());
        assertNull(new Notification(NIP, "K", "s", null, " ").getLink());
        for (String bad : new String[]{"https://evil.example/x", "../../platform/", "skp/../../platform/", "skp/\nx"}) {
            assertThrows(IllegalArgumentException.class, () -> new Notification(NIP, "K", "s", null, bad), bad);
        }
    }

    @Test
    void readingKeepsTheFirstTimeAndOnlyTheRecipientOwnsIt() throws InterruptedException {
        Notification n = new Notification(NIP, "K", "s", "b", null);
        n.markRead();
        var first = n.getReadAt();
        Thread.sleep(2);
        n.markRead();
        assertEquals(first, n.getReadAt());
        assertTrue(n.isFor(NIP));
        assertTrue(!n.isFor("199702142020121003"));
    }

    @Test
    void recipientKindAndSubjectAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Notification(" ", "K", "s", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Notification(NIP, null, "s", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Notification(NIP, "K", "", null, null));
    }
}
