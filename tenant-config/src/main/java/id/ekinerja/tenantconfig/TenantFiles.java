package id.ekinerja.tenantconfig;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads tenant files (JSON, format in the module README) into {@link TenantDefinition}s and validates them
 * with {@link TenantFileValidator}. Every problem, from malformed JSON to a PPK cycle, surfaces as an
 * {@link InvalidTenantFileException} naming file, field and reason.
 *
 * <p>Reading is strict on purpose: unknown keys and duplicate keys are errors, because in a hand-edited
 * file they are almost always typos that would otherwise silently leave an optional field empty.
 */
public final class TenantFiles {
    /** Classpath folder of the demo tenant files. */
    public static final String DEMO_DIR = "tenants/demo/";
    /** Classpath resource listing the demo tenants, one name per line ({@code kpu-dki} or {@code kpu-dki.json}). */
    public static final String DEMO_INDEX = DEMO_DIR + "index.txt";

    private static final Set<String> ROOT_KEYS = Set.of("code", "name", "settings", "organisation", "rules");
    private static final Set<String> SETTINGS_KEYS = Set.of("locale", "logo", "evaluationScheme", "annualPeriodYear",
            "extraBehaviourExpectations", "distributionRounding", "tunjanganSharePercent");
    private static final Set<String> EXPECTATION_KEYS = Set.of("title", "description");
    private static final Set<String> ORGANISATION_KEYS = Set.of("units", "people");
    private static final Set<String> UNIT_KEYS = Set.of("code", "name", "parent");
    private static final Set<String> PERSON_KEYS = Set.of("nip", "name", "email", "type", "pangkatGolongan", "jabatan",
            "jabatanKind", "jenjang", "unit", "ppk", "roles");

    private TenantFiles() {
    }

    /**
     * Reads and validates one tenant file. The stream is read to its end but not closed (the caller owns it).
     *
     * @param fileName used in error messages only, e.g. {@code tenants/demo/kpu-dki.json}
     * @throws InvalidTenantFileException on malformed JSON, a wrong or missing field, or a broken rule
     */
    public static TenantDefinition load(String fileName, InputStream json) {
        if (json == null) {
            throw new InvalidTenantFileException(fileName, "$", "berkas tidak ditemukan");
        }
        TenantDefinition tenant = new Mapper(fileName).tenant(read(fileName, json));
        TenantFileValidator.validate(fileName, tenant);
        return tenant;
    }

    /**
     * Loads the demo tenants listed in {@value #DEMO_INDEX}, in index order. Besides validating each file it
     * checks that a file's code equals its name and that the files agree with each other
     * ({@link TenantFileValidator#validateTogether}); a person may appear in several tenants (same NIP, name
     * and email), since uniqueness inside a tenant is per file.
     */
    public static List<TenantDefinition> loadDemoTenants() {
        List<String> names = demoTenantNames();
        Map<String, TenantDefinition> byFile = new LinkedHashMap<>();
        for (String name : names) {
            String file = DEMO_DIR + name + ".json";
            try (InputStream in = resource(file)) {
                TenantDefinition tenant = load(file, in);
                if (!name.equals(tenant.code())) {
                    throw new InvalidTenantFileException(file, "code",
                            "'" + tenant.code() + "' harus sama dengan nama berkas '" + name + "'");
                }
                byFile.put(file, tenant);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        TenantFileValidator.validateTogether(byFile);
        return List.copyOf(byFile.values());
    }

    /** The names in {@value #DEMO_INDEX} (without {@code .json}); blank lines and {@code #} comments skipped. */
    public static List<String> demoTenantNames() {
        try (InputStream in = resource(DEMO_INDEX)) {
            if (in == null) {
                throw new InvalidTenantFileException(DEMO_INDEX, "$", "berkas tidak ditemukan di classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> names = reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.endsWith(".json") ? line.substring(0, line.length() - 5) : line)
                    .toList();
            if (names.isEmpty()) {
                throw new InvalidTenantFileException(DEMO_INDEX, "$", "tidak berisi satu pun nama berkas tenant");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEMO_INDEX, e);
        }
    }

    /**
     * Reads a stored {@code settings} object (the shape {@link SettingsJson#toJson} writes) and validates it
     * with the same rules as a tenant file.
     *
     * @param source names the document in errors, like a file name
     * @throws InvalidTenantFileException naming source, field and reason
     */
    static TenantSettings readSettings(String source, String json) {
        JsonObject o = read(source, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        TenantSettings settings = new Mapper(source).settings(o, "settings");
        List<TenantFileValidator.Problem> problems = TenantFileValidator.checkSettings(settings);
        if (!problems.isEmpty()) {
            throw new InvalidTenantFileException(source, problems.get(0).field(), problems.get(0).reason());
        }
        return settings;
    }

    private static InputStream resource(String path) {
        // Class-relative lookup with a leading '/': works in a flat classpath and inside WildFly's modules.
        return TenantFiles.class.getResourceAsStream("/" + path);
    }

    private static JsonObject read(String file, InputStream json) {
        // KeyStrategy.NONE rejects duplicate keys instead of silently keeping the last one.
        JsonReaderFactory factory = Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
        JsonValue value;
        try (JsonReader reader = factory.createReader(new KeepOpen(json), StandardCharsets.UTF_8)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (baris " + at.getLineNumber() + ", kolom " + at.getColumnNumber() + ")";
            throw new InvalidTenantFileException(file, "$", "JSON tidak sah" + where + ": " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new InvalidTenantFileException(file, "$", "tidak dapat dibaca sebagai JSON: " + e.getMessage(), e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidTenantFileException(file, "$", "harus berupa objek JSON, bukan " + JsonFields.typeName(value));
        }
        return value.asJsonObject();
    }

    /** Maps the JSON tree to records; checks presence and types only, the rules are the validator's. */
    private static final class Mapper extends JsonFields {
        Mapper(String file) {
            super(file);
        }

        TenantDefinition tenant(JsonObject o) {
            onlyKnownKeys(o, "", ROOT_KEYS);
            return new TenantDefinition(
                    text(o, "", "code", true),
                    text(o, "", "name", true),
                    settings(object(o, "", "settings"), "settings"),
                    organisation(object(o, "", "organisation"), "organisation"),
                    rules(o));
        }

        /** Optional {@code rules}: absent or {@code null} means the national rules. */
        private RuleSet rules(JsonObject o) {
            JsonValue v = o.get("rules");
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                return RuleSet.national();
            }
            return RuleSetJson.read(file, "rules", object(o, "", "rules"), RuleSet.national());
        }

        private TenantSettings settings(JsonObject o, String path) {
            onlyKnownKeys(o, path, SETTINGS_KEYS);
            List<BehaviourExpectation> extra = new ArrayList<>();
            JsonArray list = array(o, path, "extraBehaviourExpectations", false);
            for (int i = 0; list != null && i < list.size(); i++) {
                String at = path + ".extraBehaviourExpectations[" + i + "]";
                JsonObject e = element(list, i, at);
                onlyKnownKeys(e, at, EXPECTATION_KEYS);
                extra.add(new BehaviourExpectation(text(e, at, "title", true), text(e, at, "description", false)));
            }
            return new TenantSettings(
                    text(o, path, "locale", true),
                    text(o, path, "logo", false),
                    enumValue(EvaluationScheme.class, o, path, "evaluationScheme", true),
                    integer(o, path, "annualPeriodYear"),
                    extra,
                    enumValue(RoundingRule.class, o, path, "distributionRounding", true),
                    tunjangan(object(o, path, "tunjanganSharePercent"), path + ".tunjanganSharePercent"));
        }

        private Map<Predikat, Integer> tunjangan(JsonObject o, String path) {
            Map<Predikat, Integer> shares = new EnumMap<>(Predikat.class);
            for (String key : o.keySet()) {
                Predikat p = parseEnum(Predikat.class, key, path + "." + key, "predikat");
                shares.put(p, integer(o, path, key));
            }
            return shares; // a missing predikat is reported by the validator, with all the other rules
        }

        private Organisation organisation(JsonObject o, String path) {
            onlyKnownKeys(o, path, ORGANISATION_KEYS);
            JsonArray unitList = array(o, path, "units", true);
            List<Unit> units = new ArrayList<>();
            for (int i = 0; i < unitList.size(); i++) {
                String at = path + ".units[" + i + "]";
                JsonObject u = element(unitList, i, at);
                onlyKnownKeys(u, at, UNIT_KEYS);
                units.add(new Unit(text(u, at, "code", true), text(u, at, "name", true), text(u, at, "parent", false)));
            }
            JsonArray peopleList = array(o, path, "people", true);
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < peopleList.size(); i++) {
                people.add(person(element(peopleList, i, path + ".people[" + i + "]"), path + ".people[" + i + "]"));
            }
            return new Organisation(units, people);
        }

        private Person person(JsonObject o, String path) {
            onlyKnownKeys(o, path, PERSON_KEYS);
            String ppk = text(o, path, "ppk", false);
            Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
            JsonArray roleList = array(o, path, "roles", false);
            for (int i = 0; roleList != null && i < roleList.size(); i++) {
                String at = path + ".roles[" + i + "]";
                JsonValue v = roleList.get(i);
                if (v.getValueType() != JsonValue.ValueType.STRING) {
                    throw problem(at, "harus berupa teks, bukan " + typeName(v));
                }
                roles.add(parseEnum(TenantRole.class, ((JsonString) v).getString(), at, "peran"));
            }
            return new Person(
                    // NIPs are often copied with the display spaces; store the 18 digits only.
                    Nip.stripWhitespace(text(o, path, "nip", true)),
                    text(o, path, "name", true),
                    text(o, path, "email", true),
                    enumValue(EmployeeType.class, o, path, "type", true),
                    text(o, path, "pangkatGolongan", true),
                    text(o, path, "jabatan", true),
                    enumValue(JabatanKind.class, o, path, "jabatanKind", true),
                    text(o, path, "jenjang", false),
                    text(o, path, "unit", true),
                    ppk == null ? null : Nip.stripWhitespace(ppk),
                    roles);
        }
    }

    /** Lets the JSON reader be closed (releasing its buffers) without closing the caller's stream. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes the underlying stream
        }
    }
}
