package id.ekinerja.application.settings;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The settings form was refused; every problem names its field, so the page can show it there. */
@ApplicationException(rollback = true)
public class SettingsInvalidException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field      form field: {@code agencyName}, {@code validFrom}, {@code locale}, {@code logo},
     *                   {@code evaluationScheme}, {@code distributionRounding}, {@code extra:<i>:title},
     *                   {@code extra:<i>:description}, {@code tunjangan:<PREDIKAT>}, {@code rules}, or
     *                   {@code null} for the form as a whole
     * @param messageKey bundle key
     */
    public record FieldProblem(String field, String messageKey, List<Object> args) implements java.io.Serializable {
        public FieldProblem(String field, String messageKey, Object... args) {
            this(field, messageKey, List.of(args));
        }
    }

    private final transient List<FieldProblem> problems;

    public SettingsInvalidException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
