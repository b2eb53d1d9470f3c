package org.vivres.erp.kernel.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.kernel.internal.dal.ContextState;
import org.vivres.erp.kernel.internal.dal.Failures;
import org.vivres.erp.kernel.internal.dal.TransactionRunner;
import org.vivres.erp.kernel.internal.security.Sessions;

/**
 * The whole {@code /api} of the network: routes to the handlers of every {@link ApiResource},
 * authenticates, checks roles, runs the handler in one transaction and maps refusals to
 * {@code {"error":{"code","message"}}}. Answers are never stored by browsers or proxies (they hold tokens, personal
 * and sales data). Configured by {@code etc/org.vivres.http.cfg} ({@code trustedProxies}).
 */
@Component(service = Servlet.class, configurationPid = "org.vivres.http", property = {
    "osgi.http.whiteboard.servlet.pattern=/api/*",
    "osgi.http.whiteboard.servlet.name=vivres-api"})
@Designate(ocd = ApiServlet.Config.class)
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final int MAX_BODY = 2 * 1024 * 1024;
    /** What is read and thrown away of a refused body, so that its client hears the refusal (see drain). */
    private static final long MAX_DRAINED = 16L * 1024 * 1024;

    private final transient ObjectMapper mapper = JsonMapper.create();
    private final transient RouteTable routes = new RouteTable();
    private final transient TransactionRunner runner;
    private final transient Sessions sessions;
    private final transient Set<String> trustedProxies;

    @ObjectClassDefinition(name = "Vivres HTTP API")
    public @interface Config {
        @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For names the client "
                + "(empty: the client is the connection's peer)")
        String[] trustedProxies() default {};
    }

    @Activate
    public ApiServlet(@Reference TransactionRunner runner, @Reference Sessions sessions,
            @Reference HealthResource health, Config config) {
        this.runner = runner;
        this.sessions = sessions;
        this.trustedProxies = config.trustedProxies() == null ? Set.of() : Arrays.stream(config.trustedProxies())
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
        routes.add(health, "GET", "/api/health", health::handle, RouteTable.Access.OPEN);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(ApiResource resource) {
        resource.routes(new RoutesCollector(routes, resource));
    }

    void removeResource(ApiResource resource) {
        routes.removeOwner(resource);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = locale(req.getHeader("Accept-Language"));
        resp.setHeader("Cache-Control", "no-store");
        try {
            String path = req.getRequestURI();
            RouteTable.Match match = routes.find(req.getMethod(), path).orElseThrow(() -> routes.pathExists(path)
                    ? new ErpException(ErrorStatus.BAD_REQUEST, "METHOD_NOT_ALLOWED", ApiServlet.class, req.getMethod())
                    : new ErpException(ErrorStatus.NOT_FOUND, "NO_SUCH_ENDPOINT", ApiServlet.class, path));
            // The body is JSON whatever the Content-Type says: the servlet's form parsing must not eat it.
            byte[] body = readBody(req);
            ApiRequest request = new HttpApiRequest(mapper, match.params(), QueryString.parse(req.getQueryString()),
                    body, req::getHeader,
                    ClientAddress.of(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"), trustedProxies));
            RouteTable.Route route = match.route();
            Object result;
            if (route.access() == RouteTable.Access.OPEN) {
                result = route.handler().handle(request);
            } else {
                ContextState state = route.access() == RouteTable.Access.PUBLIC
                        ? ContextState.anonymous(locale)
                        : sessions.authenticate(bearer(req.getHeader("Authorization")), locale);
                checkRole(route, state);
                result = runner.run(state, () -> route.handler().handle(request));
            }
            write(resp, result);
        } catch (Throwable t) {
            writeError(resp, t, locale);
        }
    }

    private static void checkRole(RouteTable.Route route, ContextState state) {
        if (route.roles().isEmpty() || state.isNetworkAdmin()
                || state.roles().stream().anyMatch(route.roles()::contains)) {
            return;
        }
        throw new ErpException(ErrorStatus.FORBIDDEN, "ROLE_FORBIDDEN", ApiServlet.class);
    }

    /** The token of an {@code Authorization: Bearer} header. */
    static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static byte[] readBody(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                drain(in);
                throw new ErpException(ErrorStatus.BAD_REQUEST, "BODY_TOO_LARGE", ApiServlet.class, MAX_BODY);
            }
            return body;
        }
    }

    /**
     * Reads what is left of a refused body, up to {@link #MAX_DRAINED} bytes: a client still sending when the server
     * closes gets a reset instead of the refusal (seen on a loaded machine), while a body this size costs little to
     * read and throw away. Beyond it the connection is dropped unread.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int n;
        while (drained < MAX_DRAINED && (n = in.read(buffer)) >= 0) {
            drained += n;
        }
    }

    private void write(HttpServletResponse resp, Object result) throws IOException {
        if (result == null) {
            resp.setStatus(204);
            return;
        }
        ApiResponse response = result instanceof ApiResponse r ? r : ApiResponse.ok(result);
        resp.setStatus(response.status());
        if (response.body() == null) {
            return;
        }
        if (response.body() instanceof byte[] bytes) {
            resp.setContentType(response.contentType());
            resp.getOutputStream().write(bytes);
            return;
        }
        resp.setContentType("application/json; charset=utf-8");
        mapper.writeValue(resp.getOutputStream(), response.body());
    }

    private void writeError(HttpServletResponse resp, Throwable t, Locale locale) throws IOException {
        ErpException error = Failures.toClientError(t);
        if (error == null) {
            LOG.error("Unexpected failure", t);
            error = new ErpException(ErrorStatus.SERVICE_UNAVAILABLE, "INTERNAL_ERROR", ApiServlet.class);
            resp.setStatus(500);
        } else {
            resp.setStatus(error.status().code());
        }
        if (error.status() == ErrorStatus.UNAUTHORIZED) {
            resp.setHeader("WWW-Authenticate", "Bearer");
        }
        Object[] args = error.args();
        if (error.status() == ErrorStatus.TOO_MANY_REQUESTS && args.length > 0 && args[0] instanceof Number wait) {
            // A 429 carries the seconds to wait as its first argument: tell clients and proxies in the standard way.
            resp.setHeader("Retry-After", String.valueOf(Math.max(1, wait.longValue())));
        }
        if ("BODY_TOO_LARGE".equals(error.code())) {
            // Beyond what is drained the body is left unread, so the server drops the connection after answering: say
            // so, or the client sends its next request on it and gets no answer.
            resp.setHeader("Connection", "close");
        }
        if (resp.isCommitted()) {
            return;
        }
        resp.setContentType("application/json; charset=utf-8");
        mapper.writeValue(resp.getOutputStream(),
                Map.of("error", Map.of("code", error.code(), "message", Messages.of(error, locale))));
    }
}
