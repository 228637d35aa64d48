package id.ekinerja.domain.model.skp;

import id.ekinerja.tenantconfig.EvaluationScheme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationWindowTest {
    private final AnnualPeriod period = new AnnualPeriod(2026, "admin");

    @Test
    void quarterlySchemeGivesFourQuartersAndTheYear() {
        List<EvaluationWindow> w = EvaluationWindow.generate(period, EvaluationScheme.QUARTERLY, "admin");
        assertEquals(5, w.size());
        assertEquals("Triwulan II 2026", w.get(1).label());
        assertEquals(LocalDate.of(2026, 4, 1), w.get(1).getCoversFrom());
        assertEquals(LocalDate.of(2026, 6, 30), w.get(1).getCoversTo());
        assertEquals(LocalDate.of(2026, 4, 1), w.get(1).getOpensOn());
        assertEquals(LocalDate.of(2026, 7, 10), w.get(1).getClosesOn());
        assertEquals(LocalDate.of(2026, 12, 31), w.get(3).getCoversTo());
        EvaluationWindow year = w.get(4);
        assertTrue(year.isAnnual());
        assertEquals("Tahunan 2026", year.label());
        assertEquals(LocalDate.of(2026, 12, 1), year.getOpensOn());
        assertEquals(LocalDate.of(2027, 1, 31), year.getClosesOn());
    }

    @Test
    void monthlyAndSemesterSchemes() {
        List<EvaluationWindow> months = EvaluationWindow.generate(period, EvaluationScheme.MONTHLY, "admin");
        assertEquals(13, months.size());
        assertEquals(LocalDate.of(2026, 2, 28), months.get(1).getCoversTo());
        assertEquals("Februari 2026", months.get(1).label());
        List<EvaluationWindow> semesters = EvaluationWindow.generate(period, EvaluationScheme.SEMESTER, "admin");
        assertEquals(3, semesters.size());
        assertEquals(LocalDate.of(2026, 7, 1), semesters.get(1).getCoversFrom());
        assertEquals("Semester II 2026", semesters.get(1).label());
    }

    @Test
    void openOnlyBetweenItsDatesInclusive() {
        EvaluationWindow q1 = EvaluationWindow.generate(period, EvaluationScheme.QUARTERLY, "admin").get(0);
        assertTrue(q1.isOpenOn(LocalDate.of(2026, 1, 1)));
        assertTrue(q1.isOpenOn(LocalDate.of(2026, 4, 10)));
        assertFalse(q1.isOpenOn(LocalDate.of(2026, 4, 11)));
        assertFalse(q1.isOpenOn(LocalDate.of(2025, 12, 31)));
        WindowClosedException closed = assertThrows(WindowClosedException.class,
                () -> q1.requireOpenOn(LocalDate.of(2026, 5, 1)));
        assertEquals("window.closed", closed.messageKey());
        assertEquals(LocalDate.of(2026, 4, 10), closed.args()[1]);
        WindowClosedException early = assertThrows(WindowClosedException.class,
                () -> q1.requireOpenOn(LocalDate.of(2025, 12, 1)));
        assertEquals("window.notYetOpen", early.messageKey());
        assertEquals(LocalDate.of(2026, 1, 1), early.args()[1]);
    }

    @Test
    void rescheduleChecksTheDates() {
        EvaluationWindow q3 = EvaluationWindow.generate(period, EvaluationScheme.QUARTERLY, "admin").get(2);
        q3.reschedule(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "ratna");
        assertEquals(LocalDate.of(2026, 12, 31), q3.getClosesOn());
        assertEquals("ratna", q3.getChangedBy());
        assertEquals("window.opensAfterCloses", assertThrows(SkpException.class,
                () -> q3.reschedule(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1), "x")).messageKey());
        assertEquals("window.closesBeforeStart", assertThrows(SkpException.class,
                () -> q3.reschedule(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "x")).messageKey());
        assertEquals("window.datesOutOfRange", assertThrows(SkpException.class,
                () -> q3.reschedule(LocalDate.of(2026, 7, 1), LocalDate.of(2062, 7, 1), "x")).messageKey());
        assertEquals("window.datesRequired", assertThrows(SkpException.class,
                () -> q3.reschedule(null, LocalDate.of(2026, 7, 1), "x")).messageKey());
        assertEquals(LocalDate.of(2026, 12, 31), q3.getClosesOn(), "a refused change leaves the dates alone");
    }
}
