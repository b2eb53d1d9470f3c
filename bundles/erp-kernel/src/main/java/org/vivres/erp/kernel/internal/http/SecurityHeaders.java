package org.vivres.erp.kernel.internal.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;

/**
 * Browser-side defences on everything the runtime serves (the API, the till, the back office, every bundle's UI
 * modules): scripts only from files of this server (an injected {@code <script>} or {@code onclick=} does not run),
 * no framing by another site (clickjacking of the till), no MIME sniffing, no full URL sent to other sites.
 * Styles may be inline: JasperReports' HTML reports, opened from a blob by the back office, style with attributes.
 * Runs before every other filter, so that it also covers what they answer themselves (the apps' index pages).
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.name=vivres-security-headers",
    "service.ranking:Integer=1000"})
public final class SecurityHeaders implements Filter {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; frame-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse resp) {
            resp.setHeader("Content-Security-Policy", POLICY);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("X-Frame-Options", "DENY");
            resp.setHeader("Referrer-Policy", "same-origin");
        }
        chain.doFilter(request, response);
    }
}
