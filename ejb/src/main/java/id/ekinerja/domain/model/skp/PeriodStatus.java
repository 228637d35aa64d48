package id.ekinerja.domain.model.skp;

public enum PeriodStatus {
    OPEN, CLOSED
}
