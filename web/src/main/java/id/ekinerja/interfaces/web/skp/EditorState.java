package id.ekinerja.interfaces.web.skp;

import id.ekinerja.domain.model.skp.JenisRhk;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the SKP editor page needs on a postback, carried by the page itself instead of a saved Faces state: which SKP
 * the form was loaded for and at which version (signed, so a changed id or version is refused like an unreadable
 * page state), and the form's shape (which RHK rows, each with how many IKI rows) so that the posted values find their
 * rows. The shape is plain: it only decides how many empty rows the posted values fill, within limits.
 * <p>
 * The key is made at server start, like the one Faces encrypts page state with: after a restart an open editor is
 * reopened with the "page expired" message, as before.
 */
final class EditorState {
    /** Far more rows than an SKP holds; a posted shape beyond them is refused (it would only cost memory). */
    static final int MAX_RHK = 100;
    static final int MAX_IKI = 50;

    /** Keyed once; each signature works on a clone (finding the provider and keying cost more than signing). */
    private static final Mac KEYED;

    static {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            KEYED = Mac.getInstance("HmacSHA256");
            KEYED.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    final long docId;
    final int version;

    EditorState(long docId, int version) {
        this.docId = docId;
        this.version = version;
    }

    /** The signed value for the page: id, version and a signature bound to the agency and the person. */
    String sign(String tenant, String username) {
        return docId + "." + version + "." + mac(tenant, username);
    }

    /** The state a page carried back, if it is one this server signed for this agency and person. */
    static Optional<EditorState> verify(String value, String tenant, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        EditorState state;
        try {
            state = new EditorState(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean signed = MessageDigest.isEqual(state.mac(tenant, username).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(state) : Optional.empty();
    }

    private String mac(String tenant, String username) {
        Mac mac;
        try {
            mac = (Mac) KEYED.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
        byte[] signed = mac.doFinal(String.join("\n", tenant, username, Long.toString(docId), Integer.toString(version))
                .getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** The form's shape, e.g. {@code U2,U1,T1}: two RHK utama with two and one IKI rows, one RHK tambahan with one. */
    static String shape(List<RhkForm> rows) {
        StringBuilder s = new StringBuilder();
        for (RhkForm r : rows) {
            s.append(s.length() == 0 ? "" : ",").append(r.getJenis() == JenisRhk.UTAMA ? 'U' : 'T').append(r.getIki().size());
        }
        return s.toString();
    }

    /** Empty rows of a posted shape, for the posted values to fill; empty when the shape is not one the page writes. */
    static Optional<List<RhkForm>> rows(String shape) {
        List<RhkForm> rows = new ArrayList<>();
        if (shape == null || shape.isEmpty()) {
            return Optional.of(rows);
        }
        String[] entries = shape.split(",", -1);
        if (entries.length > MAX_RHK) {
            return Optional.empty();
        }
        for (String entry : entries) {
            int iki = entry.matches("[UT][0-9]{1,2}") ? Integer.parseInt(entry.substring(1)) : MAX_IKI + 1;
            if (iki > MAX_IKI) {
                return Optional.empty();
            }
            RhkForm row = new RhkForm(entry.charAt(0) == 'U' ? JenisRhk.UTAMA : JenisRhk.TAMBAHAN);
            for (int i = iki; i > 0; i--) {
                row.getIki().add(new RhkForm.IkiForm());
            }
            rows.add(row);
        }
        return Optional.of(rows);
    }
}
