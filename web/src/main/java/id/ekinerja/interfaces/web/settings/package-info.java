/** The admin instansi's settings page. */
package id.ekinerja.interfaces.web.settings;
