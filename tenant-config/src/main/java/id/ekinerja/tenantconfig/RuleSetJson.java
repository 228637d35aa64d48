package id.ekinerja.tenantconfig;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a {@link RuleSet}: the optional {@code "rules"} object of a tenant file, and the stored form
 * of a tenant's rules. One reader for both: {@link #read} applies the parts present to a base rule set (the
 * national one for a tenant file), so a full document replaces everything and a partial one overrides only what
 * it names. Granularity: kuadran per cell, distribution curve per organisation predikat (its whole list, since
 * the order of minimums matters), angka kredit per share and per jenjang. Format in the module README.
 *
 * <p>This class checks shape and types (unknown keys, names of enums); ranges and consistency are checked by
 * {@link TenantFileValidator#checkRules}, so a rule set edited in the app gets the same messages.
 */
public final class RuleSetJson {
    static final Set<String> RULES_KEYS = Set.of("version", "kuadran", "distributionCurve", "angkaKredit");
    static final Set<String> ANGKA_KREDIT_KEYS = Set.of("sharePercent", "annualCoefficient");

    private RuleSetJson() {
    }

    /** The full JSON form (every table), e.g. to store a tenant's effective rules with their version. */
    public static String toJson(RuleSet rules) {
        return toJsonObject(rules).toString();
    }

    public static JsonObject toJsonObject(RuleSet rules) {
        JsonObjectBuilder kuadran = Json.createObjectBuilder();
        rules.kuadran().table().forEach((hasilKerja, row) -> {
            JsonObjectBuilder r = Json.createObjectBuilder();
            row.forEach((perilaku, predikat) -> r.add(perilaku.name(), predikat.name()));
            kuadran.add(hasilKerja.name(), r);
        });
        JsonObjectBuilder curve = Json.createObjectBuilder();
        rules.distributionCurve().constraints().forEach((organisation, list) -> {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (CurveConstraint c : list) {
                JsonArrayBuilder group = Json.createArrayBuilder();
                c.group().forEach(p -> group.add(p.name()));
                a.add(Json.createObjectBuilder().add("predikat", group).add(c.kind().jsonKey(), c.amount()));
            }
            curve.add(organisation.name(), a);
        });
        JsonObjectBuilder shares = Json.createObjectBuilder();
        rules.angkaKredit().sharePercent().forEach((p, share) -> shares.add(p.name(), share));
        JsonObjectBuilder coefficients = Json.createObjectBuilder();
        rules.angkaKredit().annualCoefficient().forEach(coefficients::add);
        return Json.createObjectBuilder()
                .add("version", rules.version())
                .add("kuadran", kuadran)
                .add("distributionCurve", curve)
                .add("angkaKredit", Json.createObjectBuilder().add("sharePercent", shares)
                        .add("annualCoefficient", coefficients))
                .build();
    }

    /**
     * Parses a stored rule set (full or partial) on top of {@link RuleSet#national()} and validates it.
     *
     * @param source names the document in errors, like a file name
     * @throws InvalidTenantFileException naming source, field and reason
     */
    public static RuleSet fromJson(String source, String json) {
        JsonValue value;
        try (JsonReader reader = Json.createReaderFactory(
                Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE)).createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidTenantFileException(source, "rules", "JSON tidak sah: " + e.getMessage(), e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidTenantFileException(source, "rules", "harus berupa objek, bukan " + JsonFields.typeName(value));
        }
        RuleSet rules = read(source, "rules", value.asJsonObject(), RuleSet.national());
        List<TenantFileValidator.Problem> problems = TenantFileValidator.checkRules(rules);
        if (!problems.isEmpty()) {
            throw new InvalidTenantFileException(source, problems.get(0).field(), problems.get(0).reason());
        }
        return rules;
    }

    /**
     * Applies the parts present in {@code json} to {@code base}. {@code version} is required: changed rules
     * need their own version id (the validator checks it differs from the national one).
     *
     * @param file for error messages
     * @param path JSON path of {@code json}, normally {@code rules}
     * @throws InvalidTenantFileException on a wrong shape, type or name
     */
    static RuleSet read(String file, String path, JsonObject json, RuleSet base) {
        return new Reader(file).rules(json, path, base);
    }

    private static final class Reader extends JsonFields {
        Reader(String file) {
            super(file);
        }

        RuleSet rules(JsonObject o, String path, RuleSet base) {
            if (o.containsKey("distributionRounding")) {
                throw problem(path + ".distributionRounding", "pembulatan adalah pengaturan tenant, bukan bagian"
                        + " rule set; gunakan settings.distributionRounding");
            }
            onlyKnownKeys(o, path, RULES_KEYS);
            String version = text(o, path, "version", true);
            Kuadran kuadran = base.kuadran();
            if (present(o, "kuadran")) {
                kuadran = kuadran(object(o, path, "kuadran"), path + ".kuadran", kuadran);
            }
            DistributionCurve curve = base.distributionCurve();
            if (present(o, "distributionCurve")) {
                curve = curve(object(o, path, "distributionCurve"), path + ".distributionCurve", curve);
            }
            AngkaKredit ak = base.angkaKredit();
            if (present(o, "angkaKredit")) {
                ak = angkaKredit(object(o, path, "angkaKredit"), path + ".angkaKredit", ak);
            }
            return new RuleSet(version, kuadran, curve, ak);
        }

        private Kuadran kuadran(JsonObject o, String path, Kuadran k) {
            for (String hasilKerja : o.keySet()) {
                Rating row = parseEnum(Rating.class, hasilKerja, path + "." + hasilKerja, "rating hasil kerja");
                String rowPath = path + "." + hasilKerja;
                JsonObject cells = object(o, path, hasilKerja);
                for (String perilaku : cells.keySet()) {
                    Rating column = parseEnum(Rating.class, perilaku, rowPath + "." + perilaku, "rating perilaku kerja");
                    k = k.with(row, column, enumValue(Predikat.class, cells, rowPath, perilaku, true));
                }
            }
            return k;
        }

        private DistributionCurve curve(JsonObject o, String path, DistributionCurve curve) {
            for (String key : o.keySet()) {
                OrganisationPredikat organisation = parseEnum(OrganisationPredikat.class, key, path + "." + key,
                        "predikat organisasi");
                JsonArray list = array(o, path, key, true);
                List<CurveConstraint> constraints = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    String at = path + "." + key + "[" + i + "]";
                    constraints.add(constraint(element(list, i, at), at));
                }
                curve = curve.with(organisation, constraints);
            }
            return curve;
        }

        private CurveConstraint constraint(JsonObject o, String path) {
            Set<String> known = new HashSet<>(Set.of("predikat"));
            CurveConstraint.Kind kind = null;
            for (CurveConstraint.Kind k : CurveConstraint.Kind.values()) {
                known.add(k.jsonKey());
                if (o.containsKey(k.jsonKey())) {
                    if (kind != null) {
                        throw problem(path + "." + k.jsonKey(), "hanya satu batas per baris; baris ini sudah memakai "
                                + kind.jsonKey());
                    }
                    kind = k;
                }
            }
            onlyKnownKeys(o, path, known);
            if (kind == null) {
                throw problem(path, "harus berisi salah satu dari atMostPercent, atLeastPercent, atMostPersons,"
                        + " atLeastPersons");
            }
            JsonArray names = array(o, path, "predikat", true);
            Set<Predikat> group = EnumSet.noneOf(Predikat.class);
            for (int i = 0; i < names.size(); i++) {
                String at = path + ".predikat[" + i + "]";
                JsonValue v = names.get(i);
                if (v.getValueType() != JsonValue.ValueType.STRING) {
                    throw problem(at, "harus berupa teks, bukan " + typeName(v));
                }
                if (!group.add(parseEnum(Predikat.class, ((JsonString) v).getString(), at, "predikat"))) {
                    throw problem(at, "predikat '" + ((JsonString) v).getString() + "' disebut dua kali");
                }
            }
            return new CurveConstraint(kind, group, integer(o, path, kind.jsonKey()));
        }

        private AngkaKredit angkaKredit(JsonObject o, String path, AngkaKredit ak) {
            onlyKnownKeys(o, path, ANGKA_KREDIT_KEYS);
            Map<Predikat, Integer> shares = new EnumMap<>(ak.sharePercent());
            if (present(o, "sharePercent")) {
                JsonObject s = object(o, path, "sharePercent");
                for (String key : s.keySet()) {
                    shares.put(parseEnum(Predikat.class, key, path + ".sharePercent." + key, "predikat"),
                            integer(s, path + ".sharePercent", key));
                }
            }
            Map<String, BigDecimal> coefficients = new LinkedHashMap<>(ak.annualCoefficient());
            if (present(o, "annualCoefficient")) {
                JsonObject c = object(o, path, "annualCoefficient");
                for (String jenjang : c.keySet()) {
                    // an unknown jenjang is reported by the validator, with the list of known ones
                    coefficients.put(jenjang, decimal(c, path + ".annualCoefficient", jenjang));
                }
            }
            return new AngkaKredit(shares, coefficients);
        }

        private static boolean present(JsonObject o, String key) {
            return o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL;
        }
    }
}
