/** The platform console for operators with the realm role platform-admin. */
package id.ekinerja.interfaces.web.platform;
