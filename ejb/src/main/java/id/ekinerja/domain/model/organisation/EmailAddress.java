package id.ekinerja.domain.model.organisation;

import java.util.regex.Pattern;

/**
 * The one rule for a pegawai's e-mail address (the pegawai form and the import both use it): at most 254
 * characters, a local part of the characters RFC 5322 allows unquoted (dot-atom), and a domain of letter, digit and
 * hyphen labels with at least one dot. Quoted local parts and address literals are refused on purpose: nobody
 * needs them for an agency address, and they are how markup ({@code <script>@x.id}), header breaks and commas
 * got into the addresses that go to Keycloak, mail headers and exports.
 */
public final class EmailAddress {
    public static final int MAX = 254;
    private static final Pattern VALID = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX && VALID.matcher(address).matches();
    }
}
