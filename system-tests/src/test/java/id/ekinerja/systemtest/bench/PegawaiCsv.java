package id.ekinerja.systemtest.bench;

import id.ekinerja.application.organisation.PegawaiRow;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Generated pegawai import files (CSV) for benchmarks and fault drills; every pegawai in unit "induk". */
public final class PegawaiCsv {
    private PegawaiCsv() {
    }

    /** Distinct valid NIPs; a 10-ary PPK tree (depth ~5); unique e-mails so the duplicate checks do real work. */
    public static byte[] generate(int size, String code) {
        StringBuilder csv = new StringBuilder(size * 160).append(String.join(",", PegawaiRow.COLUMNS)).append('\n');
        // a random birth window per run, so NIPs of earlier runs (Keycloak keeps accounts) rarely collide
        LocalDate firstBirth = LocalDate.of(1955 + ThreadLocalRandom.current().nextInt(25), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(300));
        String[] nips = new String[size];
        for (int i = 0; i < size; i++) {
            LocalDate birth = firstBirth.plusDays(i / 999);
            nips[i] = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), birth.getYear() + 25, 1 + (i % 12), 1 + (i % 2), 1 + (i % 999));
            boolean fungsional = i % 3 == 0;
            csv.append(nips[i]).append(",Pegawai ").append(i).append(",PNS,Penata (III/c),")
                    .append(fungsional ? "Analis SDM Aparatur" : "Pengadministrasi Perkantoran").append(',')
                    .append(i == 0 ? "JPT" : fungsional ? "Fungsional" : "Pelaksana").append(',')
                    .append(fungsional && i > 0 ? "Ahli Muda" : "").append(",induk,")
                    .append(i == 0 ? "" : nips[(i - 1) / 10]).append(',')
                    .append("p").append(i).append('.').append(code).append("@bench.example.id").append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

}
