/**
 * Outgoing e-mail over SMTP through the deployment's mail session {@code java:jboss/mail/ekinerja} (host, port and
 * sender configured per deployment in standalone.xml, see the EAR's CLI script), and the public base URL that
 * links in mails point at.
 */
package id.ekinerja.infrastructure.mail;
