package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantFilesTest {

    static final String SHARED_NIP = "198806302014031004";

    private static TenantDefinition loadTestFile(String path) throws IOException {
        try (InputStream in = TenantFilesTest.class.getResourceAsStream("/" + path)) {
            return TenantFiles.load(path, in);
        }
    }

    // ---- demo tenants ----

    @Test
    void loadsTheFourDemoTenantsInIndexOrder() {
        List<TenantDefinition> tenants = TenantFiles.loadDemoTenants();
        assertEquals(List.of("kpu-dki", "bawaslu-lebong", "pa-ponorogo", "kemensetneg"),
                tenants.stream().map(TenantDefinition::code).toList());
        Map<String, TenantDefinition> byCode = tenants.stream()
                .collect(Collectors.toMap(TenantDefinition::code, t -> t));
        assertEquals("KPU Provinsi DKI Jakarta", byCode.get("kpu-dki").name());
        assertEquals("Bawaslu Kabupaten Lebong", byCode.get("bawaslu-lebong").name());
        assertEquals("Pengadilan Agama Ponorogo", byCode.get("pa-ponorogo").name());
        assertEquals("Kementerian Sekretariat Negara", byCode.get("kemensetneg").name());
        assertEquals(EvaluationScheme.QUARTERLY, byCode.get("kpu-dki").settings().evaluationScheme());
        assertEquals(EvaluationScheme.MONTHLY, byCode.get("bawaslu-lebong").settings().evaluationScheme());
        assertEquals(EvaluationScheme.QUARTERLY, byCode.get("pa-ponorogo").settings().evaluationScheme());
        assertEquals(EvaluationScheme.QUARTERLY, byCode.get("kemensetneg").settings().evaluationScheme());
        int extra = byCode.get("pa-ponorogo").settings().extraBehaviourExpectations().size();
        assertTrue(extra >= 2 && extra <= 3, "the court has its own expectations");
    }

    @Test
    void eachDemoFileLoadsOnItsOwnAndHasTheExpectedShape() throws IOException {
        for (String name : TenantFiles.demoTenantNames()) {
            String file = TenantFiles.DEMO_DIR + name + ".json";
            TenantDefinition t;
            try (InputStream in = TenantFiles.class.getResourceAsStream("/" + file)) {
                t = TenantFiles.load(file, in);
            }
            assertTrue(TenantFileValidator.check(t).isEmpty(), file);
            Organisation org = t.organisation();
            assertEquals(3, org.units().size(), file + ": top unit and two sub-units");
            Unit top = org.units().stream().filter(u -> u.parentCode() == null).findFirst().orElseThrow();

            List<Person> leaders = org.people().stream().filter(p -> p.ppkNip() == null).toList();
            assertEquals(1, leaders.size(), file);
            Person leader = leaders.get(0);
            assertEquals(top.code(), leader.unitCode(), file + ": the leader sits in the top unit");

            List<Person> heads = org.subordinatesOf(leader.nip());
            assertEquals(2, heads.size(), file + ": two unit heads under the leader");
            Set<String> headUnits = new HashSet<>();
            for (Person head : heads) {
                headUnits.add(head.unitCode());
                List<Person> staff = org.subordinatesOf(head.nip());
                assertEquals(3, staff.size(), file + ": three staff under " + head.name());
                staff.forEach(s -> assertEquals(head.unitCode(), s.unitCode(), file + ": " + s.name()));
            }
            assertEquals(2, headUnits.size(), file + ": each head leads a different sub-unit");

            assertEquals(1, org.people().stream().filter(p -> p.hasRole(TenantRole.ADMIN_INSTANSI)).count(), file);
            assertEquals(1, org.people().stream().filter(p -> p.hasRole(TenantRole.PENGELOLA_KINERJA)).count(), file);
            long pppk = org.people().stream().filter(p -> p.type() == EmployeeType.PPPK).count();
            assertTrue(pppk >= 1 && pppk <= 2, file + ": one or two PPPK, not " + pppk);
            Set<JabatanKind> kinds = org.people().stream().map(Person::jabatanKind).collect(Collectors.toSet());
            assertTrue(kinds.size() >= 4, file + ": a mix of jabatan kinds, got " + kinds);
            for (Predikat p : Predikat.values()) {
                int share = t.settings().tunjanganShare(p);
                assertTrue(share >= 0 && share <= 100);
            }
            for (Person p : org.people()) {
                if (!p.nip().equals(SHARED_NIP)) {
                    assertTrue(p.email().endsWith("@" + t.code() + ".demo.ekinerja.id"), p.email());
                }
            }
        }
    }

    @Test
    void exactlyOneNipIsSharedBetweenDemoTenants() {
        Map<String, Set<String>> tenantsByNip = new HashMap<>();
        Map<String, Set<String>> nipsByEmail = new HashMap<>();
        for (TenantDefinition t : TenantFiles.loadDemoTenants()) {
            for (Person p : t.organisation().people()) {
                tenantsByNip.computeIfAbsent(p.nip(), k -> new TreeSet<>()).add(t.code());
                nipsByEmail.computeIfAbsent(p.email(), k -> new TreeSet<>()).add(p.nip());
            }
        }
        Map<String, Set<String>> shared = tenantsByNip.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(SHARED_NIP, Set.of("kemensetneg", "kpu-dki")), shared);
        nipsByEmail.forEach((email, nips) -> assertEquals(1, nips.size(), email + " used by " + nips));
    }

    @Test
    void theSharedPersonIsTheSamePersonInBothTenants() {
        List<Person> copies = TenantFiles.loadDemoTenants().stream()
                .flatMap(t -> t.organisation().findPerson(SHARED_NIP).stream())
                .toList();
        assertEquals(2, copies.size());
        Person a = copies.get(0), b = copies.get(1);
        assertEquals(a.name(), b.name());
        assertEquals(a.email(), b.email());
        assertEquals(a.type(), b.type());
        assertEquals(Gender.MALE, Nip.parse(a.nip(), a.type()).gender());
    }

    // ---- a hand-written valid file ----

    @Test
    void loadsMinimalFileAndNormalisesSpacedNips() throws IOException {
        TenantDefinition t = loadTestFile("good/minimal.json");
        assertEquals("contoh", t.code());
        assertNull(t.settings().logo());
        Person head = t.organisation().people().get(1);
        assertEquals("198002022005012002", head.nip());
        assertEquals("19800202 200501 2 002", head.nipFormatted());
        assertEquals("198002022005012002", t.organisation().people().get(2).ppkNip());
        assertEquals(Set.of(TenantRole.PENGELOLA_KINERJA), t.organisation().people().get(2).roles());
        assertEquals(1, t.settings().extraBehaviourExpectations().size());
    }

    @Test
    void doesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        try (InputStream raw = TenantFilesTest.class.getResourceAsStream("/good/minimal.json");
             InputStream in = new java.io.FilterInputStream(raw) {
                 @Override
                 public void close() throws IOException {
                     closed[0] = true;
                     super.close();
                 }
             }) {
            TenantFiles.load("good/minimal.json", in);
            assertFalse(closed[0]);
        }
    }

    // ---- bad files: each names file, field and reason ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-code               | code                                  | tidak sah
            reserved-code          | code                                  | dicadangkan
            duplicate-nip          | organisation.people[3].nip            | sudah dipakai di organisation.people[1]
            unknown-unit           | organisation.people[1].unit           | unit 'biro-tidak-ada' tidak ada
            ppk-cycle              | organisation.people[1].ppk            | siklus PPK: 198002022005012002 → 199003032021211003 → 198002022005012002
            bad-scheme             | settings.evaluationScheme             | 'WEEKLY' tidak dikenal; pilihan: MONTHLY, QUARTERLY, SEMESTER
            missing-name           | name                                  | wajib diisi
            malformed              | $                                     | JSON tidak sah
            invalid-nip            | organisation.people[2].nip            | Digit jenis kelamin dalam NI PPPK harus 1 (laki-laki) atau 2 (perempuan), bukan 3.
            tunjangan-out-of-range | settings.tunjanganSharePercent.KURANG | harus antara 0 dan 100
            tunjangan-missing      | settings.tunjanganSharePercent.SANGAT_KURANG | wajib diisi
            wrong-type             | settings.annualPeriodYear             | harus berupa bilangan bulat, bukan teks
            unknown-key            | organisation.people[0].atasan         | kolom tidak dikenal
            unknown-role           | organisation.people[2].roles[1]       | 'SUPERADMIN' tidak dikenal
            two-leaders            | organisation.people[2].ppk            | hanya pimpinan puncak
            duplicate-email        | organisation.people[2].email          | sudah dipakai di organisation.people[1]
            no-admin               | organisation.people                   | ADMIN_INSTANSI
            people-not-array       | organisation.people                   | harus berupa array, bukan objek
            duplicate-key          | $                                     | JSON tidak sah
            """)
    void badFileNamesFileFieldAndReason(String name, String field, String reasonFragment) {
        String file = "bad/" + name + ".json";
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class, () -> loadTestFile(file));
        assertEquals(file, e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.reason().contains(reasonFragment), "reason was: " + e.reason());
        assertEquals(file + ": " + field + ": " + e.reason(), e.getMessage());
    }

    @Test
    void malformedJsonSaysWhere() {
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class, () -> loadTestFile("bad/malformed.json"));
        assertTrue(e.reason().contains("baris "), e.reason());
    }

    @Test
    void nonObjectDocumentsAndMissingStreamsAreClearErrors() {
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class,
                () -> TenantFiles.load("x.json", new ByteArrayInputStream("[1, 2]".getBytes(StandardCharsets.UTF_8))));
        assertEquals("x.json: $: harus berupa objek JSON, bukan array", e.getMessage());
        e = assertThrows(InvalidTenantFileException.class, () -> TenantFiles.load("y.json", null));
        assertEquals("y.json", e.file());
        e = assertThrows(InvalidTenantFileException.class,
                () -> TenantFiles.load("z.json", new ByteArrayInputStream(new byte[0])));
        assertEquals("$", e.field());
    }

    @Test
    void nullElementsAndWrongNestedTypesAreClearErrors() {
        String json = """
                {"code": "x", "name": "X", "settings": null, "organisation": {"units": [], "people": []}}""";
        InvalidTenantFileException e = assertThrows(InvalidTenantFileException.class,
                () -> TenantFiles.load("n.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("n.json: settings: wajib diisi", e.getMessage());
    }
}
