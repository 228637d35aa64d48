package id.ekinerja.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) started inside the test, in the WildFly JVM, on the port WildFly's mail session
 * points at (-Dekinerja.smtp.port, set by the system-tests POM). Deploy with in-container tests that use it.
 */
final class SmtpServer implements AutoCloseable {
    private final GreenMail greenMail;

    private SmtpServer() {
        int port = Integer.getInteger("ekinerja.smtp.port", 26025);
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    static SmtpServer start() {
        return new SmtpServer();
    }

    /** The mails received so far that match, waiting up to {@code millis} for at least one. */
    List<MimeMessage> await(Predicate<MimeMessage> match, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(match).toList();
            if (!found.isEmpty() || System.currentTimeMillis() > end) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    static Predicate<MimeMessage> to(String address, String subjectPart) {
        return m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))
                        && m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    static String body(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String s ? s : String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
