package id.ekinerja.application;

import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.domain.model.settings.SettingsVersion;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the header of every agency page shows — the signed-in person's profile (menu), the agency's settings in
 * force (name, logo, language) and the unread notifications — read in one transaction, the person and the count in
 * one statement. Three transactions per page cost a connection hand-out (validated), a schema switch and a commit
 * each; the load benchmark counts them on every page of the year-end rush.
 */
@Stateless
public class PageHeaderService {
    /** The header's data; {@code unread} is 0 for someone who is not a pegawai of this agency. */
    public record PageHeader(Optional<Profile> profile, Optional<SettingsVersion> settings, long unread) {
    }

    @EJB
    ProfileService profiles;

    @EJB
    AgencySettings agencySettings;

    public PageHeader header(String nip, LocalDate day) {
        Optional<ProfileService.WithUnread> me = profiles.withUnread(nip);
        return new PageHeader(me.map(ProfileService.WithUnread::profile), agencySettings.versionInForce(day),
                me.map(ProfileService.WithUnread::unread).orElse(0L));
    }
}
