package id.ekinerja.tenantconfig;

/** A unit kerja; {@code parentCode} is {@code null} for the agency's top unit. */
public record Unit(String code, String name, String parentCode) {
}
