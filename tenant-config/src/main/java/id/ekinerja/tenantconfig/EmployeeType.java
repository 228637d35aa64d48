package id.ekinerja.tenantconfig;

/** PNS (civil servant, NIP) or PPPK (contract civil servant, NI PPPK). */
public enum EmployeeType {
    PNS, PPPK
}
