/**
 * Notifications: the in-app inbox and e-mail. Use cases fire
 * {@link id.ekinerja.application.notification.NotificationRequested}; they never talk to SMTP themselves.
 */
package id.ekinerja.application.notification;
