package id.ekinerja.interfaces.rest;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.TenantCreationException;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.interfaces.web.Messages;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;

/**
 * The platform console's operations for scripts and benchmarks: list, create, suspend and resume tenants.
 * Only the realm role {@code platform-admin} reaches it (web.xml); errors come back as JSON with the field
 * at fault and a message in the caller's language.
 */
@Path("/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {
    @EJB
    PlatformService platform;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    public JsonObject list() {
        JsonArrayBuilder tenants = Json.createArrayBuilder();
        for (Tenant t : platform.tenants()) {
            tenants.add(json(t));
        }
        return Json.createObjectBuilder().add("tenants", tenants).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        NewTenant request = new NewTenant(text(body, "code"), text(body, "name"), text(body, "adminNip"),
                text(body, "adminName"), text(body, "adminEmail"));
        try {
            CreatedTenant created = platform.createTenant(request, actor());
            JsonObjectBuilder result = Json.createObjectBuilder()
                    .add("code", created.code())
                    .add("adminUsername", created.adminUsername());
            if (created.initialPassword() != null) {
                result.add("initialPassword", created.initialPassword());
            }
            return Response.status(Response.Status.CREATED).entity(result.build()).build();
        } catch (TenantCreationException e) {
            int status = e.messageKey().endsWith(".taken") || e.messageKey().endsWith(".busy") ? 409
                    : e.field() != null ? 400 : 503;
            return error(status, e.field(), e.messageKey());
        }
    }

    @POST
    @Path("{code}/suspend")
    public Response suspend(@PathParam("code") String code) {
        try {
            return Response.ok(json(platform.suspend(code, actor()))).build();
        } catch (TenantNotFoundException e) {
            return error(404, null, "tenant.notFound");
        }
    }

    @POST
    @Path("{code}/resume")
    public Response resume(@PathParam("code") String code) {
        try {
            return Response.ok(json(platform.resume(code, actor()))).build();
        } catch (TenantNotFoundException e) {
            return error(404, null, "tenant.notFound");
        }
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Response error(int status, String field, String key) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", key)
                .add("message", Messages.get(locale, key));
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build()).build();
    }

    private static JsonObject json(Tenant t) {
        return Json.createObjectBuilder()
                .add("code", t.code())
                .add("name", t.name())
                .add("status", t.status().name())
                .add("schemaVersion", t.schemaVersion() == null ? "" : t.schemaVersion())
                .build();
    }

    private static String text(JsonObject body, String field) {
        return body != null && body.containsKey(field) && !body.isNull(field) && body.get(field) instanceof jakarta.json.JsonString s
                ? s.getString() : null;
    }
}
