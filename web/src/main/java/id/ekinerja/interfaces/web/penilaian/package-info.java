/** Penilaian pages: the PPK's evaluation, the units and their curve, my results and keberatan, the DEKP. */
package id.ekinerja.interfaces.web.penilaian;
