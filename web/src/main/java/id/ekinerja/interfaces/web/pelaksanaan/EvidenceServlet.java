package id.ekinerja.interfaces.web.pelaksanaan;

import id.ekinerja.application.pelaksanaan.EvidenceDownload;
import id.ekinerja.application.pelaksanaan.PelaksanaanService;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.skp.SkpException;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Bukti dukung over HTTP: {@code /t/{tenant}/pelaksanaan/bukti}. Reached only through the tenant filter's forward,
 * so the tenant is resolved and the user's membership checked before this runs.
 * <ul>
 *   <li>{@code GET ?id=} downloads a file: always as an attachment, with the type detected at upload and
 *       {@code nosniff}, so a browser never renders uploaded content inside the application's origin.
 *       404 for an id this agency does not have (another agency's ids included), 403 for one the signed-in
 *       person may not read.</li>
 *   <li>{@code POST} (multipart: {@code rhk}, {@code window}, {@code file}) uploads one file for scripts and the
 *       benchmark; the page uploads through Faces. The request must carry {@code X-Ekinerja-Upload: 1}: a header a
 *       cross-site form cannot send, which stops cross-site request forgery without a token. 201 with the id,
 *       400 with the reason in plain text, 403 when refused.</li>
 * </ul>
 */
@WebServlet("/tenant/pelaksanaan/bukti")
@MultipartConfig(maxFileSize = 64L * 1024 * 1024, maxRequestSize = 65L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public class EvidenceServlet extends HttpServlet {
    public static final String UPLOAD_HEADER = "X-Ekinerja-Upload";

    @EJB
    PelaksanaanService pelaksanaan;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDownload file;
        try {
            file = pelaksanaan.download(actor(request), id).orElse(null);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "error.403");
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'");
        response.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(file.sha256())));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"1".equals(request.getHeader(UPLOAD_HEADER))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "error.403");
            return;
        }
        ResourceBundle bundle = bundle(request);
        response.setContentType("text/plain;charset=UTF-8");
        long rhk;
        long window;
        Part part;
        try {
            rhk = Long.parseLong(request.getParameter("rhk"));
            window = Long.parseLong(request.getParameter("window"));
            part = request.getPart("file");
        } catch (RuntimeException | ServletException | IOException e) {
            // not a number, not a multipart request, or a broken multipart body (the parser throws): was HTTP 500
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(bundle.getString("pel.error.uploadFailed"));
            return;
        }
        if (part == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(bundle.getString("pel.error.fileRequired"));
            return;
        }
        try {
            byte[] bytes = readLimited(part, pelaksanaan.maxUploadBytes());
            long id = pelaksanaan.uploadBukti(actor(request), rhk, window, part.getSubmittedFileName(), bytes);
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.getWriter().write(String.valueOf(id));
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write(bundle.getString(e.messageKey()));
        } catch (SkpException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(new MessageFormat(bundle.getString(e.messageKey()), bundle.getLocale()).format(e.args()));
        } finally {
            part.delete();
        }
    }

    /**
     * The part's bytes, at most {@code max + 1} of them: enough to tell an oversized file from one at the limit
     * without reading (or holding) the rest.
     */
    public static byte[] readLimited(Part part, long max) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, max + 1);
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, Math.max(part.getSize(), 0) + 1));
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (out.size() < cap && (n = in.read(buffer, 0, Math.min(buffer.length, cap - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** RFC 6266: an ASCII fallback plus the UTF-8 name. The stored name has no quotes or control characters. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Actor actor(HttpServletRequest request) {
        return new Actor(request.getUserPrincipal().getName());
    }

    /** Bahasa Indonesia unless the client asks for English first (as the Faces pages do). */
    private static ResourceBundle bundle(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        Locale locale = accept != null && request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return ResourceBundle.getBundle("id.ekinerja.web.messages", locale);
    }
}
