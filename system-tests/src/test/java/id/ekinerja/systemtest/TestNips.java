package id.ekinerja.systemtest;

import java.util.concurrent.ThreadLocalRandom;

/** Valid NIPs nobody else has, for tests that create pegawai or admins. Deploy with in-container tests that use it. */
final class TestNips {
    private TestNips() {
    }

    /** A random birth date (1970–1999), appointment at 25 (never in the future), random gender and sequence. */
    static String randomNip() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int year = 1970 + r.nextInt(30);
        return String.format("%04d%02d%02d%04d%02d%d%03d", year, 1 + r.nextInt(12), 1 + r.nextInt(28), year + 25,
                1 + r.nextInt(12), 1 + r.nextInt(2), 1 + r.nextInt(999));
    }
}
