package id.ekinerja.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one plain-text mail by SMTP. The server comes from the WildFly mail session (configured per deployment);
 * this class only adds socket time-outs, so a hung SMTP server ties up a sender thread for seconds, not forever.
 */
@ApplicationScoped
public class SmtpMailer {
    public static final String MAIL_SESSION = "java:jboss/mail/ekinerja";
    /** Connect / read / write time-out in milliseconds; {@code -Dekinerja.smtp.timeout-ms} overrides it. */
    static final String TIMEOUT = System.getProperty("ekinerja.smtp.timeout-ms", "10000");

    @Resource(lookup = MAIL_SESSION)
    Session configured;

    private Session session;

    @PostConstruct
    void init() {
        Properties p = configured.getProperties();
        if (Boolean.parseBoolean(p.getProperty("mail.smtp.auth"))) {
            session = configured; // keeps the server's credentials (authenticator); time-outs as configured there
            return;
        }
        Properties withTimeouts = new Properties();
        withTimeouts.putAll(p);
        for (String key : new String[]{"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            withTimeouts.putIfAbsent(key, TIMEOUT);
        }
        session = Session.getInstance(withTimeouts);
    }

    /** @throws MessagingException when the server refuses or cannot be reached */
    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // mail.from of the mail session
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
