package id.ekinerja.interfaces.rest;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpListing;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.interfaces.rest.TenantPegawaiResource.Page;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * SKP of one agency: {@code GET /api/t/{tenant}/skp?year=2026} lists the latest revision of everyone's SKP (admins);
 * {@code GET /api/t/{tenant}/skp/{id}} is the whole document for those who may read it (owner, PPK, atasan PPK,
 * admin: the same rule as the page).
 */
@Path("/t/{tenant}/skp")
@Produces(MediaType.APPLICATION_JSON)
public class TenantSkpResource {
    @EJB
    SkpListing listing;

    @EJB
    SkpService skp;

    @Context
    SecurityContext security;

    @GET
    public Page<SkpListing.Line> list(@QueryParam("year") int year, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("100") int max) {
        Actor actor = new Actor(security.getUserPrincipal().getName());
        return new Page<>(listing.count(actor, year), Math.max(first, 0), listing.list(actor, year, first, max));
    }

    @GET
    @Path("/{id}")
    public SkpDocument one(@PathParam("id") long id) {
        return skp.view(new Actor(security.getUserPrincipal().getName()), id);
    }
}
