package id.ekinerja.application.skp;

import java.io.Serializable;

/** An RHK of the PPK's approved SKP that a subordinate's RHK utama may intervene. */
public record InterventionOption(long rhkId, String text) implements Serializable {
}
