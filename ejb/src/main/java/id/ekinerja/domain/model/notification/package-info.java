/**
 * Notifications: a person's in-app inbox ({@link id.ekinerja.domain.model.notification.Notification}) and the
 * e-mail outbox that carries the same message to their address ({@link id.ekinerja.domain.model.notification.OutgoingMail}).
 */
package id.ekinerja.domain.model.notification;
