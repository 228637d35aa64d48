/** Monitor tahapan page. */
package id.ekinerja.interfaces.web.monitor;
