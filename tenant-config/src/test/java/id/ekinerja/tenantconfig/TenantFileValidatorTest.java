package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules checked on records directly: the path the app takes when an admin edits settings. */
class TenantFileValidatorTest {

    private static TenantDefinition minimal() throws IOException {
        try (InputStream in = TenantFileValidatorTest.class.getResourceAsStream("/good/minimal.json")) {
            return TenantFiles.load("good/minimal.json", in);
        }
    }

    private static TenantDefinition withUnits(TenantDefinition t, List<Unit> units) {
        return new TenantDefinition(t.code(), t.name(), t.settings(), new Organisation(units, t.organisation().people()));
    }

    private static TenantDefinition withPeople(TenantDefinition t, List<Person> people) {
        return new TenantDefinition(t.code(), t.name(), t.settings(), new Organisation(t.organisation().units(), people));
    }

    private static Person with(Person p, String email, JabatanKind kind, String jenjang) {
        return new Person(p.nip(), p.name(), email, p.type(), p.pangkatGolongan(), p.jabatan(), kind, jenjang,
                p.unitCode(), p.ppkNip(), p.roles());
    }

    private static TenantFileValidator.Problem first(TenantDefinition t) {
        List<TenantFileValidator.Problem> problems = TenantFileValidator.check(t);
        assertFalse(problems.isEmpty(), "expected a problem");
        return problems.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "kpu-dki", "pa-ponorogo", "x1", "abcdefghij0123456789abcdefghij0123456789"})
    void validCodes(String code) {
        assertTrue(TenantFileValidator.isValidTenantCode(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-kpu", "kpu-", "KPU", "kpu_dki", "kpu dki", "kpu.dki",
            "abcdefghij0123456789abcdefghij0123456789x", "platform", "api", "public", "admin", "t",
            "pg_catalog", "information_schema"})
    void invalidCodes(String code) {
        assertFalse(TenantFileValidator.isValidTenantCode(code), code);
    }

    @Test
    void unitRules() throws IOException {
        TenantDefinition t = minimal();
        Unit induk = t.organisation().units().get(0);
        Unit sub = t.organisation().units().get(1);

        var p = first(withUnits(t, List.of(induk, sub, new Unit("sub", "Lagi", "induk"))));
        assertEquals("organisation.units[2].code", p.field());

        p = first(withUnits(t, List.of(induk, sub, new Unit("lain", "Lain", "tidak-ada"))));
        assertEquals("organisation.units[2].parent", p.field());

        p = first(withUnits(t, List.of(induk, sub, new Unit("lain", "Lain", null))));
        assertEquals("organisation.units[2].parent", p.field());
        assertTrue(p.reason().contains("unit puncak"), p.reason());

        // a cycle off to the side: the root is still unique and every parent exists
        p = first(withUnits(t, List.of(induk, sub, new Unit("a", "A", "b"), new Unit("b", "B", "a"))));
        assertEquals("organisation.units[2].parent", p.field());
        assertEquals("siklus unit induk: a → b → a", p.reason());
    }

    @Test
    void jenjangOnlyForFungsionalAndFromTheKnownList() throws IOException {
        TenantDefinition t = minimal();
        List<Person> people = new ArrayList<>(t.organisation().people());
        people.set(2, with(people.get(2), people.get(2).email(), JabatanKind.FUNGSIONAL, "Ahli Sedang"));
        assertEquals("organisation.people[2].jenjang", first(withPeople(t, people)).field());
        people.set(2, with(people.get(2), people.get(2).email(), JabatanKind.PELAKSANA, "Ahli Pertama"));
        assertEquals("organisation.people[2].jenjang", first(withPeople(t, people)).field());
        people.set(2, with(people.get(2), people.get(2).email(), JabatanKind.PELAKSANA, null));
        assertTrue(TenantFileValidator.check(withPeople(t, people)).isEmpty());
    }

    @Test
    void emailSyntax() throws IOException {
        TenantDefinition t = minimal();
        for (String bad : List.of("budi", "budi@", "@contoh.test", "budi@contoh", "budi..s@contoh.test", "bu di@contoh.test")) {
            List<Person> people = new ArrayList<>(t.organisation().people());
            people.set(0, with(people.get(0), bad, people.get(0).jabatanKind(), null));
            var p = first(withPeople(t, people));
            assertEquals("organisation.people[0].email", p.field(), bad);
        }
    }

    @Test
    void nullsInRecordsAreReportedNotThrown() {
        TenantDefinition t = new TenantDefinition(null, " ", null, new Organisation(null, null));
        List<TenantFileValidator.Problem> problems = TenantFileValidator.check(t);
        assertEquals(List.of("code", "name", "settings", "organisation.units", "organisation.people"),
                problems.stream().map(TenantFileValidator.Problem::field).toList());
    }

    @Test
    void settingsProblemsAreAllCollected() {
        TenantSettings s = new TenantSettings("fr", " ", null, 2019,
                List.of(new BehaviourExpectation(" ", "x")), null, Map.of(Predikat.BAIK, -1));
        assertEquals(List.of("settings.locale", "settings.logo", "settings.evaluationScheme", "settings.annualPeriodYear",
                        "settings.extraBehaviourExpectations[0].title", "settings.distributionRounding",
                        "settings.tunjanganSharePercent.SANGAT_BAIK", "settings.tunjanganSharePercent.BAIK",
                        "settings.tunjanganSharePercent.BUTUH_PERBAIKAN", "settings.tunjanganSharePercent.KURANG",
                        "settings.tunjanganSharePercent.SANGAT_KURANG"),
                TenantFileValidator.checkSettings(s).stream().map(TenantFileValidator.Problem::field).toList());
    }

    @Test
    void validateTogetherRefusesAPersonWhoDiffersBetweenTenants() throws IOException {
        TenantDefinition a = minimal();
        Person budi = a.organisation().people().get(0);
        List<Person> people = new ArrayList<>(a.organisation().people());
        people.set(0, new Person(budi.nip(), "Budi Santosa", budi.email(), budi.type(), budi.pangkatGolongan(),
                budi.jabatan(), budi.jabatanKind(), null, budi.unitCode(), null, budi.roles()));
        TenantDefinition b = new TenantDefinition("lain", "Lain", a.settings(), new Organisation(a.organisation().units(), people));
        Map<String, TenantDefinition> files = new LinkedHashMap<>();
        files.put("a.json", a);
        files.put("b.json", b);
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class,
                () -> TenantFileValidator.validateTogether(files));
        assertEquals("b.json", e.file());
        assertEquals("organisation.people[0].name", e.field());

        files.put("b.json", a);
        e = assertThrows(InvalidTenantFileException.class, () -> TenantFileValidator.validateTogether(files));
        assertEquals("code", e.field());
    }

    @Test
    void validateTogetherRefusesOneEmailForTwoNips() throws IOException {
        TenantDefinition a = minimal();
        // another person (other NIP) in another tenant with Budi's email: Keycloak could not tell them apart
        Person other = new Person("199001012015031002", "Andi Pratama", "BUDI@contoh.test", EmployeeType.PNS,
                "Penata Muda (III/a)", "Pengadministrasi Perkantoran", JabatanKind.PELAKSANA, null, "induk", null,
                Set.of(TenantRole.ADMIN_INSTANSI));
        TenantDefinition b = new TenantDefinition("lain", "Lain", a.settings(),
                new Organisation(a.organisation().units(), List.of(other)));
        assertTrue(TenantFileValidator.check(b).isEmpty(), "b is valid on its own");
        Map<String, TenantDefinition> files = new LinkedHashMap<>();
        files.put("a.json", a);
        files.put("b.json", b);
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class,
                () -> TenantFileValidator.validateTogether(files));
        assertEquals("b.json", e.file());
        assertEquals("organisation.people[0].email", e.field());
        assertTrue(e.reason().contains("197501012000031001"), e.reason());
    }

    @Test
    void recordsAreImmutableCopies() throws IOException {
        TenantDefinition t = minimal();
        assertThrows(UnsupportedOperationException.class, () -> t.organisation().people().clear());
        assertThrows(UnsupportedOperationException.class, () -> t.settings().tunjanganSharePercent().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> t.organisation().people().get(0).roles().add(TenantRole.PENGELOLA_KINERJA));
        assertEquals(Set.of(), new Person("1", "n", "e", EmployeeType.PNS, "p", "j", JabatanKind.PELAKSANA, null,
                "u", null, null).roles());
        assertEquals("", new BehaviourExpectation("Pakta Integritas", null).description());
    }

    @Test
    void settingsWrittenBySettingsJsonIncludeOptionalDescriptions() {
        TenantSettings s = new TenantSettings("id", null, EvaluationScheme.QUARTERLY, 2026,
                List.of(new BehaviourExpectation("Pakta Integritas", null)), RoundingRule.FLOOR_MAX_CEIL_MIN,
                TenantDefaults.settings(2026).tunjanganSharePercent());
        assertTrue(SettingsJson.toJson(s).contains("\"description\":\"\""));
        assertTrue(TenantFileValidator.checkSettings(TenantDefaults.settings(2026)).isEmpty(), "defaults are valid");
    }
}
