package id.ekinerja.infrastructure.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The key that signs tenant archives, so a changed or forged archive is refused before it is restored. Set
 * {@code -Dekinerja.backup.key=<secret>} on every node (the same value wherever archives are restored);
 * without it the key is derived from the platform's Keycloak admin client secret, which every node of one
 * installation already shares.
 */
public final class BackupKey {
    private BackupKey() {
    }

    public static byte[] key() {
        String configured = System.getProperty("ekinerja.backup.key");
        String secret = configured != null && !configured.isBlank() ? configured
                : "ekinerja-backup:" + System.getProperty("ekinerja.keycloak.admin-client-secret", "ekinerja-admin-secret");
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
