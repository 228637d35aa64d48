package id.ekinerja.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses (400) a request whose path or parameters (query string and posted form fields) hold a NUL character.
 * PostgreSQL cannot store or compare text with NUL, so such a value reached the database as an error: a search
 * ({@code ?q=…%00…}), an id in a page's URL or a typed form field answered HTTP 500. No form has a use for it; one
 * check here covers the pages, the API and the downloads. Declared in web.xml right after the headers filter.
 */
public class ControlCharacterFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (encodedNul(request.getRequestURI()) || encodedNul(request.getQueryString()) || nulInFormFields(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Posted form fields (multipart bodies are left to the servlets that read files). */
    private static boolean nulInFormFields(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().indexOf('\0') >= 0 || Arrays.stream(e.getValue()).anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean encodedNul(String raw) {
        return raw != null && (raw.indexOf('\0') >= 0 || raw.contains("%00"));
    }
}
