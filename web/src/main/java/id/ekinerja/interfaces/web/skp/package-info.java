/**
 * SKP pages: the pegawai's editor, the PPK's inbox and review, the admin's periods and waiting chain, and
 * the PDF. Beans only translate between forms and {@link id.ekinerja.application.skp.SkpService}; every rule
 * and permission is checked there.
 */
package id.ekinerja.interfaces.web.skp;
