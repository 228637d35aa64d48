package id.ekinerja.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /lang?set=en&back=/t/kpu-dki/skp/my.xhtml}: remembers the language for a year and goes back. Only
 * {@code id} and {@code en} are stored, and {@code back} must be a path on this site, so the switch cannot be
 * used to bounce a user to another site.
 */
@WebServlet("/lang")
public class LanguageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = "en".equals(request.getParameter("set")) ? "en" : "id";
        Cookie cookie = new Cookie(Language.COOKIE, lang);
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        String back = request.getParameter("back");
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(ch -> ch < 0x20);
        response.sendRedirect(local ? back : request.getContextPath() + "/");
    }
}
