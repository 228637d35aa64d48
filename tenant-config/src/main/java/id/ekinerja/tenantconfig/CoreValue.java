package id.ekinerja.tenantconfig;

import java.util.List;

/**
 * The seven BerAKHLAK core values of SE MenPAN-RB 20/2021 with their fixed behaviour guides. A tenant may add
 * expectations of its own ({@link TenantSettings#extraBehaviourExpectations()}) but never remove these.
 */
public enum CoreValue {
    BERORIENTASI_PELAYANAN("Berorientasi Pelayanan", List.of(
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti")),
    AKUNTABEL("Akuntabel", List.of(
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan")),
    KOMPETEN("Kompeten", List.of(
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik")),
    HARMONIS("Harmonis", List.of(
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif")),
    LOYAL("Loyal", List.of(
            "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Menjaga rahasia jabatan dan negara")),
    ADAPTIF("Adaptif", List.of(
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif")),
    KOLABORATIF("Kolaboratif", List.of(
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama"));

    private final String label;
    private final List<String> guides;

    CoreValue(String label, List<String> guides) {
        this.label = label;
        this.guides = guides;
    }

    public String label() {
        return label;
    }

    public List<String> guides() {
        return guides;
    }
}
