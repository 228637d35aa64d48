/** The in-app inbox: the bell with the unread count on every tenant page, and the notification list. */
package id.ekinerja.interfaces.web.notification;
