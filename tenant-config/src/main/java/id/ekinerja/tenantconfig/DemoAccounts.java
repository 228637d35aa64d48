package id.ekinerja.tenantconfig;

/** The demo logins shared by the run command, the realm import, the tests and the README. */
public final class DemoAccounts {
    /** Password of every demo account. */
    public static final String PASSWORD = "demo12345";
    /** Username of the demo operator with the realm role {@code platform-admin}. */
    public static final String PLATFORM_ADMIN_USERNAME = "platform.admin";

    private DemoAccounts() {
    }
}
