package id.ekinerja.application.skp;

import id.ekinerja.domain.model.skp.SkpStatus;
import java.io.Serializable;

/**
 * Someone who cannot draft RHK utama yet because their PPK has no approved SKP for the year; {@code ppkStatus}
 * is the PPK's latest SKP state ({@code null}: not started). {@code depth} counts the links up to the chain's top.
 */
public record WaitingLine(String nip, String name, String unit, String ppkNip, String ppkName, SkpStatus ppkStatus,
                          int depth) implements Serializable {
}
