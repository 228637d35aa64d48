package id.ekinerja.interfaces.rest;

import id.ekinerja.application.organisation.ImportProblem;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.organisation.PegawaiRow;
import id.ekinerja.application.organisation.PegawaiSyncService;
import id.ekinerja.application.organisation.PegawaiSyncService.RecordStatus;
import id.ekinerja.application.organisation.PegawaiSyncService.SyncResult;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/t/{tenant}/pegawai/sync}: pegawai from SIASN-shaped JSON, applied record by record through the
 * import pipeline ({@link PegawaiSyncService}), and {@code GET …/sync/{jobId}} for the Keycloak step of large
 * calls. A payload that breaks the schema (not JSON, no {@code pegawai} array, a required field missing or not a
 * string, too many records) is refused as a whole with 400/413 and nothing is written; data a record gets wrong
 * (bad NIP, unknown unit or PPK, e-mail of another account…) rejects that record only. Texts follow
 * Accept-Language like every API error ({@link ApiExceptionMapper}).
 */
@Path("/t/{tenant}/pegawai/sync")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPegawaiSyncResource {
    /** Bytes of one request body; 5,000 SIASN records with their many other fields stay far below. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Schema problems listed in one 400 answer; the rest are counted. */
    private static final int MAX_LISTED = 50;

    @Schema(name = "SyncRequest")
    public record SyncRequest(
            @Schema(required = true, maxItems = PegawaiSyncService.MAX_RECORDS) List<SiasnPegawai> pegawai) {
    }

    @Schema(name = "SyncError", description = "Why a record was rejected: message key and text")
    public record RecordError(String key, String message) {
    }

    @Schema(name = "SyncRecord")
    public record RecordOutcome(
            @Schema(description = "Position in the pegawai array, from 0") int index,
            String nipBaru,
            @Schema(enumeration = {"CREATED", "UPDATED", "UNCHANGED", "REJECTED"}) String status,
            @Schema(description = "Only for REJECTED") List<RecordError> errors) {
    }

    @Schema(name = "SyncJob", description = "The job of a sync (and of its Keycloak accounts)")
    public record JobStatus(long jobId,
                            @Schema(description = "VALIDATING, SAVING, ACCOUNTS, MEMBERSHIPS (running), DONE or"
                                    + " FAILED") String status,
                            int total, int processed, int created, int updated, int unchanged,
                            int accountsCreated, int accountsExisting, int membershipsAdded, String failure) {
        static JobStatus of(PegawaiImportJob j) {
            return new JobStatus(j.getId(), j.getStatus().name(), j.getTotalRows(), j.getProcessed(), j.getCreated(),
                    j.getUpdated(), j.getUnchanged(), j.getAccountsCreated(), j.getAccountsExisting(),
                    j.getMembershipsAdded(), j.getFailure());
        }
    }

    @Schema(name = "SyncResponse")
    public record SyncResponse(long jobId, long created, long updated, long unchanged, long rejected,
                               @Schema(description = "true: accounts are being created in the background; poll"
                                       + " GET …/pegawai/sync/{jobId}") boolean accountsPending,
                               JobStatus job, List<RecordOutcome> records) {
    }

    @EJB
    PegawaiSyncService sync;

    @EJB
    PegawaiImportService imports;

    @EJB
    TenantAuthorization auth;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Synchronise pegawai from SIASN-shaped JSON (admins of the agency)", description = """
            Creates or updates every valid record, with its Keycloak account (username = NIP) and membership of \
            the agency's organization; rejects invalid records one by one with reasons. Idempotent: the same \
            payload again answers UNCHANGED for every record and changes nothing. Pegawai absent from the \
            payload are not touched (never deactivated). Roles are not synchronised. At most 5,000 records per \
            call. Up to 500 new accounts the call waits for Keycloak (200); above that it answers 202 with the \
            records' outcomes and creates the accounts in the background: poll GET …/pegawai/sync/{jobId}. \
            Messages follow Accept-Language (Bahasa Indonesia by default, en for English).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SyncRequest.class)))
    @APIResponse(responseCode = "200", description = "Applied; accounts done (see job.status)",
            content = @Content(schema = @Schema(implementation = SyncResponse.class)))
    @APIResponse(responseCode = "202", description = "Applied; accounts being created in the background",
            content = @Content(schema = @Schema(implementation = SyncResponse.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, or a record breaks the schema; nothing written")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin of this agency, or another agency's token")
    @APIResponse(responseCode = "413", description = "More than 5,000 records or 20 MB; nothing written")
    @APIResponse(responseCode = "415", description = "Not application/json")
    public Response sync(InputStream body) throws IOException {
        Actor actor = actor();
        auth.requireAdmin(actor);   // before reading a possibly large body
        Locale locale = ApiExceptionMapper.locale(headers);
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return ApiExceptionMapper.json(413, "api.sync.tooLarge",
                    ApiExceptionMapper.text(locale, "api.sync.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        JsonValue root;
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            root = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            return at == null ? ApiExceptionMapper.json(400, "api.sync.notJson", ApiExceptionMapper.text(locale,
                    "api.sync.notJson")) : ApiExceptionMapper.json(400, "api.sync.malformed", ApiExceptionMapper.text(
                    locale, "api.sync.malformed", String.valueOf(at.getLineNumber()),
                    String.valueOf(at.getColumnNumber())));
        } catch (RuntimeException e) {   // empty body, bad encoding: the reader's other failures
            return ApiExceptionMapper.json(400, "api.sync.notJson", ApiExceptionMapper.text(locale, "api.sync.notJson"));
        }
        if (root.getValueType() != JsonValue.ValueType.OBJECT
                || !(root.asJsonObject().get("pegawai") instanceof jakarta.json.JsonArray records)) {
            return ApiExceptionMapper.json(400, "api.sync.shape", ApiExceptionMapper.text(locale, "api.sync.shape"));
        }
        if (records.size() > PegawaiSyncService.MAX_RECORDS) {
            return ApiExceptionMapper.json(413, "api.sync.tooMany", ApiExceptionMapper.text(locale, "api.sync.tooMany",
                    String.valueOf(PegawaiSyncService.MAX_RECORDS), String.valueOf(records.size())));
        }
        List<SiasnPegawai.FieldProblem> schema = new ArrayList<>();
        List<PegawaiRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            SiasnPegawai p = SiasnPegawai.read(i, records.get(i), schema);
            if (p != null) {
                rows.add(p.toRow(i + 1));
            }
        }
        if (!schema.isEmpty()) {
            return schemaProblems(locale, schema);
        }

        SyncResult result = sync.sync(actor, "API: sinkronisasi " + rows.size() + " pegawai", rows);
        List<RecordOutcome> outcomes = result.records().stream().map(r -> new RecordOutcome(r.line() - 1,
                rows.get(r.line() - 1).nip(), r.status().name(), r.status() != RecordStatus.REJECTED ? null
                : r.problems().stream().map(p -> new RecordError(p.key(), text(locale, p))).toList())).toList();
        long jobId = result.job().getId();
        SyncResponse response = new SyncResponse(jobId, result.count(RecordStatus.CREATED),
                result.count(RecordStatus.UPDATED), result.count(RecordStatus.UNCHANGED),
                result.count(RecordStatus.REJECTED), result.accountsPending(), JobStatus.of(result.job()), outcomes);
        if (result.accountsPending()) {
            return Response.accepted(response).location(uri.getAbsolutePathBuilder().path(String.valueOf(jobId)).build())
                    .type(MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(response, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "State of a sync's job, e.g. its accounts after a 202 (admins of the agency)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobStatus.class)))
    @APIResponse(responseCode = "404", description = "No such job in this agency")
    public JobStatus job(@PathParam("jobId") long jobId) {
        return imports.job(actor(), jobId).map(JobStatus::of).orElseThrow(NotFoundException::new);
    }

    /** A rejected record's reason in the caller's language, naming the payload's fields, not the file's columns. */
    private static String text(Locale locale, ImportProblem p) {
        Object[] args = p.args().stream().map(a -> a.startsWith("org.") ? ApiExceptionMapper.text(locale, a)
                : (Object) SiasnPegawai.FIELD_OF_COLUMN.getOrDefault(a, a)).toArray();
        return ApiExceptionMapper.text(locale, p.key(), args);
    }

    private static Response schemaProblems(Locale locale, List<SiasnPegawai.FieldProblem> problems) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        problems.stream().limit(MAX_LISTED).forEach(p -> {
            var o = Json.createObjectBuilder().add("index", p.index());
            if (p.field() != null) {
                o.add("field", p.field());
            }
            list.add(o.add("message", ApiExceptionMapper.text(locale, p.key(), String.valueOf(p.index()), p.field())));
        });
        String body = Json.createObjectBuilder().add("error", "api.sync.schema")
                .add("message", ApiExceptionMapper.text(locale, "api.sync.schema", String.valueOf(problems.size())))
                .add("problems", list).build().toString();
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private Actor actor() {
        if (security.getUserPrincipal() == null) {
            throw new AccessDeniedException("access.notPegawai");
        }
        return new Actor(security.getUserPrincipal().getName());
    }
}
