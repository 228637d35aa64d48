package id.ekinerja.interfaces.rest;

import id.ekinerja.application.Profile;
import id.ekinerja.application.ProfileService;
import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.organisation.OrganisationAdminService.PegawaiSummary;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Pegawai of one agency for integrations: {@code GET /api/t/{tenant}/pegawai} (admins; paged, searchable) and
 * {@code GET /api/t/{tenant}/pegawai/{nip}} (the person themselves or an admin). The tenant is the filter's; the
 * {@code tenant} path segment only names it.
 */
@Path("/t/{tenant}/pegawai")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPegawaiResource {
    public record Page<T>(long total, int first, List<T> items) {
    }

    @EJB
    OrganisationAdminService organisation;

    @EJB
    ProfileService profiles;

    @Inject
    TenantAuthorization auth;

    @Context
    SecurityContext security;

    @GET
    public Page<PegawaiSummary> list(@QueryParam("q") String query, @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("100") int max) {
        Actor actor = actor();
        int size = Math.min(Math.max(max, 1), 500);
        return new Page<>(organisation.countPegawai(actor, query), Math.max(first, 0),
                organisation.searchPegawai(actor, query, Math.max(first, 0), size));
    }

    @GET
    @Path("/{nip}")
    public Profile one(@PathParam("nip") String nip) {
        Actor actor = actor();
        if (!actor.username().equals(nip)) {
            auth.requireAdmin(actor);
        }
        return profiles.profileOf(nip).orElseThrow(NotFoundException::new);
    }

    private Actor actor() {
        if (security.getUserPrincipal() == null) {
            throw new AccessDeniedException("access.notPegawai");
        }
        return new Actor(security.getUserPrincipal().getName());
    }
}
