/**
 * Monitor tahapan: where the agency stands in the year's stages, per unit and per person, aggregated in SQL
 * (one grouped query per view, never a loop over pegawai in Java) so it stays fast for 50,000 pegawai.
 */
package id.ekinerja.application.monitor;
