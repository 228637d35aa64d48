/**
 * The agency's settings and rule set in force on a day, read from the versioned {@code settings_version} rows.
 * Everyone who needs a setting (the scheme, extra behaviour expectations, rounding, tunjangan table) or a rule
 * (kuadran, curve, angka kredit) asks {@link id.ekinerja.application.settings.AgencySettings}.
 */
package id.ekinerja.application.settings;
