package id.ekinerja.interfaces.web.skp;

import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.interfaces.web.FacesMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Month;
import java.time.format.TextStyle;

/** A window's name in the page's language: "Triwulan II 2026" / "Quarter II 2026", "Maret 2026" / "March 2026". */
@Named
@ApplicationScoped
public class WindowLabels {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public String of(EvaluationWindow w) {
        String part = switch (w.getKind()) {
            case MONTH -> Month.of(w.getSequence()).getDisplayName(TextStyle.FULL,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            case QUARTER, SEMESTER -> ROMAN[w.getSequence() - 1];
            case YEAR -> "";
        };
        return FacesMessages.text("window.kind." + w.getKind(), part, w.getYear());
    }
}
