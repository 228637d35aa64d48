package id.ekinerja.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {
    @Test
    void ordinaryAgencyAddressesAreAccepted() {
        for (String ok : new String[] {"ratna.dewi@kpu-dki.go.id", "a+b@x.id", "o'neil@mail.example.org", "x_1@a-b.c.id"}) {
            assertTrue(EmailAddress.isValid(ok), ok);
        }
    }

    @Test
    void markupHeaderBreaksAndMalformedAddressesAreRefused() {
        for (String bad : new String[] {"<script>@x.id", "a@b.id\r\nBcc: x@y.id", "a b@c.id", "a@", "@b.id", "a@b", "a@b..id",
                "a@-b.id", ".a@b.id", "a..b@c.id", "\"q\"@b.id", "a,b@c.id", "x".repeat(250) + "@b.id", null}) {
            assertFalse(EmailAddress.isValid(bad), String.valueOf(bad));
        }
    }
}
