package id.ekinerja.tenantconfig;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed access to a JSON tree where every error is an {@link InvalidTenantFileException} naming the file, the
 * JSON path and the reason in Bahasa Indonesia. Shared by the tenant file mapper and {@link RuleSetJson}.
 */
class JsonFields {
    protected final String file;

    JsonFields(String file) {
        this.file = file;
    }

    void onlyKnownKeys(JsonObject o, String path, Set<String> known) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                throw problem(join(path, key), "kolom tidak dikenal; kolom yang dikenal: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    /** A required value: absent and {@code null} both count as missing. */
    JsonValue required(JsonObject o, String path, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw problem(join(path, key), "wajib diisi");
        }
        return v;
    }

    String text(JsonObject o, String path, String key, boolean isRequired) {
        JsonValue v = isRequired ? required(o, path, key) : o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw problem(join(path, key), "harus berupa teks, bukan " + typeName(v));
        }
        return ((JsonString) v).getString();
    }

    int integer(JsonObject o, String path, String key) {
        JsonValue v = required(o, path, key);
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw problem(join(path, key), "harus berupa bilangan bulat, bukan " + typeName(v) + " " + v);
        }
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException e) {
            throw problem(join(path, key), "angka terlalu besar: " + v);
        }
    }

    JsonObject object(JsonObject o, String path, String key) {
        JsonValue v = required(o, path, key);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw problem(join(path, key), "harus berupa objek, bukan " + typeName(v));
        }
        return v.asJsonObject();
    }

    /** An array; if not required, absent or {@code null} gives {@code null} (treated as empty). */
    JsonArray array(JsonObject o, String path, String key, boolean isRequired) {
        JsonValue v = isRequired ? required(o, path, key) : o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw problem(join(path, key), "harus berupa array, bukan " + typeName(v));
        }
        return v.asJsonArray();
    }

    JsonObject element(JsonArray list, int i, String path) {
        JsonValue v = list.get(i);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw problem(path, "harus berupa objek, bukan " + typeName(v));
        }
        return v.asJsonObject();
    }

    <E extends Enum<E>> E enumValue(Class<E> type, JsonObject o, String path, String key, boolean isRequired) {
        String s = text(o, path, key, isRequired);
        return s == null ? null : parseEnum(type, s, join(path, key), "nilai");
    }

    <E extends Enum<E>> E parseEnum(Class<E> type, String s, String path, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw problem(path, what + " '" + s + "' tidak dikenal; pilihan: " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    InvalidTenantFileException problem(String path, String reason) {
        return new InvalidTenantFileException(file, path, reason);
    }

    /** A JSON number as an exact decimal. */
    BigDecimal decimal(JsonObject o, String path, String key) {
        JsonValue v = required(o, path, key);
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw problem(join(path, key), "harus berupa angka, bukan " + typeName(v) + " " + v);
        }
        return ((JsonNumber) v).bigDecimalValue();
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String typeName(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "teks";
            case NUMBER -> "angka";
            case TRUE, FALSE -> "boolean";
            case NULL -> "null";
            case ARRAY -> "array";
            case OBJECT -> "objek";
        };
    }
}
