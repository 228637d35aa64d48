package id.ekinerja.tenantconfig;

/**
 * An agency's own behaviour expectation, shown under the BerAKHLAK values (e.g. a court's integrity pledge).
 * The description is optional in tenant files; {@code null} becomes {@code ""} so writers (e.g. JSON
 * builders, which refuse {@code null} strings) and pages need no null check.
 */
public record BehaviourExpectation(String title, String description) {

    public BehaviourExpectation {
        description = description == null ? "" : description;
    }
}
