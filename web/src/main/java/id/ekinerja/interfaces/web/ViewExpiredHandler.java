package id.ekinerja.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted from a page whose state the server can no longer read (the state travels with the page, encrypted
 * with a key made at server start: after a restart, or when it was altered): the page is opened again, fresh, with
 * {@code ?expired=1} so the template says why the last action did not happen, instead of an error page. Nothing
 * stored is touched: the action never ran.
 */
public class ViewExpiredHandler extends ExceptionHandlerWrapper {

    public ViewExpiredHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            while (t instanceof FacesException && !(t instanceof ViewExpiredException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof ViewExpiredException) {
                events.remove();
                reopen(FacesContext.getCurrentInstance());
                return;
            }
        }
        getWrapped().handle();
    }

    /**
     * Opens the page of this request again, fresh, with the "page expired" message; also for a page that carries its
     * own state and finds it unreadable (the SKP editor, {@code MySkpPage}).
     */
    public static void reopen(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a tenant page was forwarded from /t/{tenant}/…: go back to the address the person used
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        if (forwarded == null) {
            query = request.getQueryString();
        }
        String again = query == null || query.isEmpty() ? "expired=1"
                : query.replaceAll("(^|&)expired=1", "") + "&expired=1";
        try {
            external.redirect(uri + "?" + (again.startsWith("&") ? again.substring(1) : again));
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ViewExpiredHandler(getWrapped().getExceptionHandler());
        }
    }
}
