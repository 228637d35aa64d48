package id.ekinerja.application.notification;

import java.time.OffsetDateTime;

/** One row of a person's notification list. */
public record NotificationLine(long id, String kind, String subject, String body, String link, OffsetDateTime createdAt,
                               boolean read) implements java.io.Serializable {
}
