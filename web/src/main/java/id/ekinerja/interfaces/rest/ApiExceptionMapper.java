package id.ekinerja.interfaces.rest;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.domain.model.skp.SkpConflictException;
import id.ekinerja.domain.model.skp.SkpException;
import id.ekinerja.interfaces.web.Messages;
import id.ekinerja.interfaces.web.Outages;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as JSON {@code {"error": key, "message": text}}: refusals 403, rule violations 400,
 * conflicts 409, unknown paths 404 — and anything unexpected 500 with a plain message and the detail only in the
 * server log, never a stack trace in the response. Messages follow Accept-Language (Bahasa Indonesia default).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof AccessDeniedException denied) {
            return json(403, denied.messageKey(), text(denied.messageKey()));
        }
        if (e instanceof SkpConflictException conflict) {
            return json(409, conflict.messageKey(), text(conflict.messageKey(), conflict.args()));
        }
        if (e instanceof SkpException rule) {
            return json(400, rule.messageKey(), text(rule.messageKey(), rule.args()));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String key = status == 404 ? "api.notFound" : status == 405 ? "api.methodNotAllowed"
                    : status == 415 ? "api.unsupportedType" : status == 406 ? "api.notAcceptable" : "api.badRequest";
            return json(status, key, text(key));
        }
        if (Outages.databaseUnavailable(e)) {
            LOG.log(Level.WARNING, "API request failed: database unavailable ({0})", e.toString());
            return Response.fromResponse(json(503, "api.unavailable", text("api.unavailable")))
                    .header("Retry-After", "5").build();
        }
        LOG.log(Level.SEVERE, "API request failed", e);
        return json(500, "api.internal", text("api.internal"));
    }

    private String text(String key, Object... args) {
        return text(locale(headers), key, args);
    }

    /** The API's language: English when Accept-Language asks for it first, else Bahasa Indonesia. */
    static Locale locale(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Messages.INDONESIAN
                : Messages.supported(headers.getAcceptableLanguages().get(0));
    }

    static String text(Locale locale, String key, Object... args) {
        String pattern = Messages.get(locale, key);
        return args == null || args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    static Response json(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(TenantApiFilter.ApiErrors.body(error, message)).build();
    }
}
