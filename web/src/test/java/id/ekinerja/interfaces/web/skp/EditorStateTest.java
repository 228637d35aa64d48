package id.ekinerja.interfaces.web.skp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.domain.model.skp.JenisRhk;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The SKP editor's postback state: only what this server signed for this agency and person is taken back. */
class EditorStateTest {

    private static final String TENANT = "kpu-dki";
    private static final String NIP = "199310022015032004";

    @Test
    void aSignedStateComesBackAsIssued() {
        String signed = new EditorState(42, 7).sign(TENANT, NIP);
        EditorState back = EditorState.verify(signed, TENANT, NIP).orElseThrow();
        assertEquals(42, back.docId);
        assertEquals(7, back.version);
    }

    @Test
    void aChangedIdOrVersionIsRefused() {
        String signed = new EditorState(42, 7).sign(TENANT, NIP);
        String mac = signed.substring(signed.lastIndexOf('.') + 1);
        assertTrue(EditorState.verify("43.7." + mac, TENANT, NIP).isEmpty(), "another SKP's id");
        assertTrue(EditorState.verify("42.8." + mac, TENANT, NIP).isEmpty(), "a newer version (would skip the conflict check)");
        char c = mac.charAt(5);
        String altered = mac.substring(0, 5) + (c == 'A' ? 'B' : 'A') + mac.substring(6);
        assertTrue(EditorState.verify("42.7." + altered, TENANT, NIP).isEmpty(), "an altered signature");
    }

    @Test
    void aStateSignedForAnotherPersonOrAgencyIsRefused() {
        String signed = new EditorState(42, 7).sign(TENANT, NIP);
        assertTrue(EditorState.verify(signed, TENANT, "198507152010011003").isEmpty(), "another person");
        assertTrue(EditorState.verify(signed, "bawaslu-jateng", NIP).isEmpty(), "another agency");
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        for (String value : List.of("", "stateless", "42", "42.7", "a.b.c", "42.7.x.y", "99999999999999999999.1.x", "42.7.")) {
            assertTrue(EditorState.verify(value, TENANT, NIP).isEmpty(), value);
        }
        assertTrue(EditorState.verify(null, TENANT, NIP).isEmpty());
    }

    @Test
    void theShapeGivesBackTheRowsItWasWrittenFrom() {
        RhkForm utama = new RhkForm(JenisRhk.UTAMA);
        utama.getIki().add(new RhkForm.IkiForm());
        utama.getIki().add(new RhkForm.IkiForm());
        RhkForm tambahan = new RhkForm(JenisRhk.TAMBAHAN);
        tambahan.getIki().add(new RhkForm.IkiForm());
        String shape = EditorState.shape(List.of(utama, tambahan, new RhkForm(JenisRhk.UTAMA)));
        assertEquals("U2,T1,U0", shape);

        List<RhkForm> rows = EditorState.rows(shape).orElseThrow();
        assertEquals(List.of(JenisRhk.UTAMA, JenisRhk.TAMBAHAN, JenisRhk.UTAMA), rows.stream().map(RhkForm::getJenis).toList());
        assertEquals(List.of(2, 1, 0), rows.stream().map(r -> r.getIki().size()).toList());
        assertEquals(List.of(), EditorState.rows("").orElseThrow(), "no rows");
        assertEquals(List.of(), EditorState.rows(null).orElseThrow(), "no rows (the page leaves an empty value out)");
    }

    @Test
    void aShapeThePageDoesNotWriteOrBeyondTheLimitsIsRefused() {
        for (String shape : List.of("X1", "U", "U-1", "U1,,T1", "U1;T1", "U100", "U" + (EditorState.MAX_IKI + 1), "U1 ")) {
            assertTrue(EditorState.rows(shape).isEmpty(), shape);
        }
        String most = IntStream.range(0, EditorState.MAX_RHK).mapToObj(i -> "U" + EditorState.MAX_IKI).collect(Collectors.joining(","));
        assertEquals(EditorState.MAX_RHK, EditorState.rows(most).orElseThrow().size(), "the limits themselves");
        assertTrue(EditorState.rows(most + ",T1").isEmpty(), "one RHK more than the limit");
    }
}
