package id.ekinerja.application.pelaksanaan;

/** A file bukti dukung to send: the sanitised name, the type detected at upload, the bytes and their SHA-256. */
public record EvidenceDownload(String fileName, String mediaType, String sha256, byte[] content) {
}
