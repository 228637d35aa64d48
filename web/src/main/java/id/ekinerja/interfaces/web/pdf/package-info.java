/** Shared PDF layout for the app's official documents (PDFBox, standard fonts, memory only). */
package id.ekinerja.interfaces.web.pdf;
