package id.ekinerja.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The two changelogs and the version of the tenant one. The version is the SHA-256 of every tenant
 * changelog file, so a new changeset changes it without anyone remembering to bump a number; start-up
 * migrates only the schemas whose recorded version differs.
 */
public final class Changelogs {
    public static final String PLATFORM = "db/platform/changelog.xml";
    public static final String TENANT = "db/tenant/changelog.xml";
    private static final String TENANT_INDEX = "db/tenant/index.txt";

    private static volatile String tenantVersion;

    private Changelogs() {
    }

    public static String tenantVersion() {
        String v = tenantVersion;
        if (v == null) {
            v = computeTenantVersion();
            tenantVersion = v;
        }
        return v;
    }

    private static String computeTenantVersion() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : read(TENANT_INDEX).split("\\R")) {
                if (!file.isBlank()) {
                    sha.update(read(file.strip()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Changelogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Changelog resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
