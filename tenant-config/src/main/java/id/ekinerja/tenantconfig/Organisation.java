package id.ekinerja.tenantconfig;

import java.util.List;
import java.util.Optional;

/**
 * Bootstrap organisation data of a demo tenant: the unit tree and the people. The lists are copied and
 * unmodifiable; {@code null} becomes an empty list so callers never null-check.
 */
public record Organisation(List<Unit> units, List<Person> people) {

    public Organisation {
        units = units == null ? List.of() : List.copyOf(units);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The unit with this code, if any. */
    public Optional<Unit> findUnit(String code) {
        return units.stream().filter(u -> u.code() != null && u.code().equals(code)).findFirst();
    }

    /** The person with this NIP / NI PPPK (18 digits, no spaces), if any. */
    public Optional<Person> findPerson(String nip) {
        return people.stream().filter(p -> p.nip() != null && p.nip().equals(nip)).findFirst();
    }

    /** The people whose PPK (direct appraiser) is {@code nip}, in file order. */
    public List<Person> subordinatesOf(String nip) {
        return people.stream().filter(p -> nip != null && nip.equals(p.ppkNip())).toList();
    }
}
