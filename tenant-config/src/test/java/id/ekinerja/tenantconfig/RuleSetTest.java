package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule set as a whole: national defaults, the JSON form and tenant overrides. */
class RuleSetTest {

    private static TenantDefinition load(String path) throws IOException {
        try (InputStream in = RuleSetTest.class.getResourceAsStream("/" + path)) {
            return TenantFiles.load(path, in);
        }
    }

    @Test
    void nationalBundlesTheNationalTables() {
        RuleSet n = RuleSet.national();
        assertEquals("SE-MENPANRB-03-2023/v1", n.version());
        assertEquals(Kuadran.national(), n.kuadran());
        assertEquals(DistributionCurve.national(), n.distributionCurve());
        assertEquals(AngkaKredit.national(), n.angkaKredit());
        assertTrue(n.hasNationalTables());
        assertTrue(TenantFileValidator.checkRules(n).isEmpty());
    }

    @Test
    void demoTenantsAndFilesWithoutRulesUseTheNationalRules() throws IOException {
        for (TenantDefinition t : TenantFiles.loadDemoTenants()) {
            assertEquals(RuleSet.national(), t.rules(), t.code());
        }
        assertEquals(RuleSet.national(), load("good/minimal.json").rules());
        assertEquals(RuleSet.national(), new TenantDefinition("a", "A", null, null).rules(), "4-arg constructor");
    }

    @Test
    void tenantFileOverridesOnlyWhatItNames() throws IOException {
        RuleSet r = load("good/with-rules.json").rules();
        RuleSet n = RuleSet.national();
        assertEquals("contoh/2026-1", r.version());
        assertFalse(r.hasNationalTables());
        // kuadran: one cell changed, the other eight national
        assertEquals(Predikat.SANGAT_BAIK, r.kuadran().predikat(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI));
        assertEquals(n.kuadran().with(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK),
                r.kuadran());
        // curve: Istimewa and Baik replaced, the others national
        assertEquals(List.of(CurveConstraint.atMostPercent(50, Predikat.SANGAT_BAIK)),
                r.distributionCurve().constraints(OrganisationPredikat.ISTIMEWA));
        assertEquals(CurveConstraint.atLeastPersons(1, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG),
                r.distributionCurve().constraints(OrganisationPredikat.BAIK).get(1));
        for (OrganisationPredikat o : List.of(OrganisationPredikat.BUTUH_PERBAIKAN, OrganisationPredikat.KURANG,
                OrganisationPredikat.SANGAT_KURANG)) {
            assertEquals(n.distributionCurve().constraints(o), r.distributionCurve().constraints(o), o.name());
        }
        // angka kredit: Terampil changed, Pemula restated, shares national
        assertEquals(new BigDecimal("5.5"), r.angkaKredit().coefficient("Terampil"));
        assertEquals(new BigDecimal("8.250"), r.angkaKredit().annual(Predikat.SANGAT_BAIK, "Terampil"));
        assertEquals(n.angkaKredit().sharePercent(), r.angkaKredit().sharePercent());
        assertEquals(n.angkaKredit().annual(Predikat.BAIK, "Ahli Muda"), r.angkaKredit().annual(Predikat.BAIK, "Ahli Muda"));
        // the rounding stays a setting, applied to the tenant's curve
        DistributionCurve.Result check = r.distributionCurve().check(OrganisationPredikat.ISTIMEWA,
                Map.of(Predikat.SANGAT_BAIK, 3, Predikat.BAIK, 2), load("good/with-rules.json").settings().distributionRounding());
        assertEquals(2, check.violations().get(0).allowed(), "50% of 5 floors to 2");
    }

    @Test
    void fullJsonRoundTripsAndReadsBack() throws IOException {
        for (RuleSet r : List.of(RuleSet.national(), load("good/with-rules.json").rules())) {
            String json = RuleSetJson.toJson(r);
            assertEquals(r, RuleSetJson.fromJson("stored", json));
        }
        String json = RuleSetJson.toJson(RuleSet.national());
        assertTrue(json.contains("\"version\":\"SE-MENPANRB-03-2023/v1\""), json);
        assertTrue(json.contains("{\"predikat\":[\"BUTUH_PERBAIKAN\",\"KURANG\"],\"atLeastPersons\":1}"), json);
        assertTrue(json.contains("\"Pemula\":3.75"), json);
    }

    @Test
    void storedJsonErrorsNameTheSource() {
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class,
                () -> RuleSetJson.fromJson("settings_version 7", "{\"version\": \"\"}"));
        assertEquals("settings_version 7: rules.version: tidak boleh kosong", e.getMessage());
        e = assertThrows(InvalidTenantFileException.class, () -> RuleSetJson.fromJson("s", "[]"));
        assertEquals("rules", e.field());
        e = assertThrows(InvalidTenantFileException.class, () -> RuleSetJson.fromJson("s", "{"));
        assertTrue(e.reason().startsWith("JSON tidak sah"), e.reason());
    }

    @Test
    void sameTablesUnderTheNationalVersionAreFine() {
        RuleSet restated = new RuleSet(RuleSet.NATIONAL_VERSION, Kuadran.national(), DistributionCurve.national(),
                AngkaKredit.national());
        assertTrue(TenantFileValidator.checkRules(restated).isEmpty());
        RuleSet ownVersion = new RuleSet("kpu-dki/2026-1", Kuadran.national(), DistributionCurve.national(),
                AngkaKredit.national());
        assertTrue(TenantFileValidator.checkRules(ownVersion).isEmpty());
        assertNotEquals(RuleSet.national(), ownVersion);
    }

    @Test
    void checkRulesReportsEveryProblem() {
        RuleSet bad = new RuleSet(" ", Kuadran.national(),
                DistributionCurve.national().with(OrganisationPredikat.KURANG, List.of(
                        CurveConstraint.atLeastPercent(101, Predikat.KURANG),
                        CurveConstraint.atMostPersons(-1, Predikat.SANGAT_BAIK))),
                new AngkaKredit(Map.of(Predikat.BAIK, 100), Map.of("Ahli Muda", BigDecimal.ONE)));
        List<String> fields = TenantFileValidator.checkRules(bad).stream().map(TenantFileValidator.Problem::field).toList();
        assertTrue(fields.containsAll(List.of("rules.version",
                "rules.distributionCurve.KURANG[0].atLeastPercent", "rules.distributionCurve.KURANG[1].atMostPersons",
                "rules.distributionCurve.KURANG", // minimums add up to 101%
                "rules.angkaKredit.sharePercent.SANGAT_BAIK", "rules.angkaKredit.annualCoefficient.Ahli Pertama")),
                fields.toString());
    }

    // ---- invalid overrides: file, field and reason ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rules-not-object           | rules                                          | harus berupa objek, bukan array
            rules-unknown-key          | rules.kurva                                    | kolom tidak dikenal
            rules-rounding             | rules.distributionRounding                     | gunakan settings.distributionRounding
            rules-no-version           | rules.version                                  | wajib diisi
            rules-national-version     | rules.version                                  | harus diberi versi sendiri
            rules-percent-range        | rules.distributionCurve.ISTIMEWA[0].atMostPercent | harus antara 0 dan 100 (persen), bukan 170
            rules-two-bounds           | rules.distributionCurve.BAIK[0].atLeastPercent | hanya satu batas per baris
            rules-no-bound             | rules.distributionCurve.BAIK[0]                | harus berisi salah satu dari atMostPercent
            rules-empty-group          | rules.distributionCurve.BAIK[0].predikat       | minimal satu predikat
            rules-unknown-predikat     | rules.distributionCurve.BAIK[0].predikat[0]    | predikat 'CUKUP' tidak dikenal
            rules-duplicate-predikat   | rules.distributionCurve.BAIK[0].predikat[1]    | disebut dua kali
            rules-unknown-org          | rules.distributionCurve.LUAR_BIASA             | predikat organisasi 'LUAR_BIASA' tidak dikenal
            rules-kuadran-cell         | rules.kuadran.SESUAI_EKSPEKTASI.DI_ATAS_EKSPEKTASI | 'ISTIMEWA' tidak dikenal
            rules-kuadran-rating       | rules.kuadran.LUAR_BIASA                       | rating hasil kerja 'LUAR_BIASA' tidak dikenal
            rules-unsatisfiable        | rules.distributionCurve.KURANG                 | tidak dapat dipenuhi untuk unit 2 pegawai dengan pembulatan FLOOR_MAX_CEIL_MIN
            rules-overlapping-minimums | rules.distributionCurve.SANGAT_KURANG[1].predikat | beririsan
            rules-minimums-over-100    | rules.distributionCurve.BUTUH_PERBAIKAN        | berjumlah 110%
            rules-unknown-jenjang      | rules.angkaKredit.annualCoefficient.Ahli Super | jenjang 'Ahli Super' tidak dikenal
            rules-coefficient-text     | rules.angkaKredit.annualCoefficient.Terampil   | harus berupa angka, bukan teks
            rules-coefficient-zero     | rules.angkaKredit.annualCoefficient.Terampil   | harus lebih dari 0
            rules-negative-share       | rules.angkaKredit.sharePercent.KURANG          | tidak boleh negatif
            """)
    void invalidOverrideNamesFileFieldAndReason(String name, String field, String reasonFragment) {
        String file = "bad/" + name + ".json";
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class, () -> load(file));
        assertEquals(file, e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.reason().contains(reasonFragment), "reason was: " + e.reason());
        assertEquals(file + ": " + field + ": " + e.reason(), e.getMessage());
    }
}
