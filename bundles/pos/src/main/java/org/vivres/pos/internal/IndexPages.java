package org.vivres.pos.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.osgi.service.component.annotations.Component;

/**
 * The entry pages {@code /pos/} and {@code /backoffice/}: a resource whiteboard serves files, not
 * folders, and the whiteboard refuses servlet patterns ending in a slash, so this filter answers
 * the folder with the app's {@code index.html} (and redirects {@code /pos} to {@code /pos/} so that
 * the page's relative URLs resolve). Never cached: a new bundle version must reach the tills at
 * their next load; for the same reason every file of the apps is revalidated (a cheap 304).
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=/pos/*",
    "osgi.http.whiteboard.filter.pattern=/backoffice/*",
    "osgi.http.whiteboard.filter.pattern=/ui/pos/*",
    "osgi.http.whiteboard.filter.name=vivres-pos-index"})
public final class IndexPages implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String uri = req.getRequestURI();
        String app = uri.startsWith("/backoffice") ? "backoffice" : "pos";
        if (uri.equals("/" + app)) {
            resp.sendRedirect("/" + app + "/");
        } else if (uri.equals("/" + app + "/") || uri.equals("/" + app + "/index.html")) {
            index(app, resp);
        } else {
            resp.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        }
    }

    private static void index(String app, HttpServletResponse resp) throws IOException {
        URL page = IndexPages.class.getClassLoader().getResource("web/" + app + "/index.html");
        if (page == null) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = page.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
