package id.ekinerja.application.organisation;

import jakarta.ejb.ApplicationException;

/** The file as a whole cannot be read as a pegawai import (empty, too big, not a spreadsheet, wrong header). */
@ApplicationException
public class ImportFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ImportProblem problem;

    public ImportFileException(String key, Object... args) {
        super(key);
        this.problem = ImportProblem.of(0, key, args);
    }

    public ImportProblem problem() {
        return problem;
    }
}
