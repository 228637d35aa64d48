package id.ekinerja.interfaces.rest;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.TenantCreationException;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.interfaces.web.Messages;
import id.ekinerja.application.RestoredTenant;
import id.ekinerja.application.TenantBackupService;
import id.ekinerja.infrastructure.backup.ArchiveRejectedException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
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

    @EJB
    TenantBackupService backups;

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

    /**
     * The tenant's signed backup archive (ZIP). Written to a temporary file first, so a failure is an error
     * response and never a truncated download that looks like a backup.
     */
    @GET
    @Path("{code}/backup")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response backup(@PathParam("code") String code) throws IOException {
        java.nio.file.Path file = Files.createTempFile("ekinerja-backup-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                backups.backup(code, out, actor());
            }
        } catch (TenantNotFoundException e) {
            Files.deleteIfExists(file);
            return error(404, null, "tenant.notFound");
        } catch (ArchiveRejectedException e) {
            Files.deleteIfExists(file);
            return rejected(e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-backup.zip\"").build();
    }

    /**
     * Restores an archive (request body, as uploaded by {@code ops/tenant-backup restore}) into tenant
     * {@code code}: a new tenant, or an existing empty one; {@code replace=true} empties one that has data.
     */
    @POST
    @Path("{code}/restore")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response restore(@PathParam("code") String code, @QueryParam("name") String name,
                            @QueryParam("replace") @DefaultValue("false") boolean replace, InputStream archive)
            throws IOException {
        java.nio.file.Path file = Files.createTempFile("ekinerja-restore-", ".zip");
        try {
            Files.copy(archive, file, StandardCopyOption.REPLACE_EXISTING);
            RestoredTenant restored = backups.restore(file, code, name, replace, actor());
            JsonObjectBuilder rows = Json.createObjectBuilder();
            restored.rows().forEach(rows::add);
            return Response.ok(Json.createObjectBuilder()
                    .add("code", restored.code()).add("name", restored.name())
                    .add("source", restored.sourceCode()).add("rows", rows)
                    .add("evidenceFiles", restored.evidenceFiles())
                    .add("accountsCreated", restored.accountsCreated())
                    .add("members", restored.members()).build()).build();
        } catch (ArchiveRejectedException e) {
            return rejected(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Response rejected(ArchiveRejectedException e) {
        String key = e.messageKey();
        int status = key.startsWith("backup.keycloak") ? 503
                : key.startsWith("backup.target.") && !key.endsWith(".invalid") ? 409
                : key.equals("backup.restore.failed") ? 500 : 400;
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        String message = MessageFormat.format(Messages.get(locale, key).replace("'", "''"),
                e.detail() == null ? "" : e.detail());
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                .add("error", key).add("message", message).build()).build();
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
