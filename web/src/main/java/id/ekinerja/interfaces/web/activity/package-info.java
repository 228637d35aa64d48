/** The log aktivitas viewer. */
package id.ekinerja.interfaces.web.activity;
