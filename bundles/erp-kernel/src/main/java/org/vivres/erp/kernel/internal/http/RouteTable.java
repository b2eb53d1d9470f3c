package org.vivres.erp.kernel.internal.http;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.Handler;

/** Path templates ({@code /api/tickets/{id}}) of every registered resource, matched per request. */
final class RouteTable {
    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    /**
     * @param access    {@code PUBLIC}: no token; {@code OPEN}: no token and no transaction (health);
     *                  {@code USER}: a token, and one of {@code roles} if any
     */
    record Route(Object owner, String method, String template, Pattern pattern, List<String> names,
            Handler handler, Access access, Set<Role> roles) {
    }

    enum Access { OPEN, PUBLIC, USER }

    record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    void add(Object owner, String method, String template, Handler handler, Access access, Role... roles) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Set<Role> allowed = roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        routes.add(new Route(owner, method, template, Pattern.compile(regex.toString()), names, handler, access, allowed));
        // Literal segments beat parameters: /api/tickets/quote before /api/tickets/{id}.
        routes.sort((a, b) -> Integer.compare(a.names().size(), b.names().size()));
    }

    void removeOwner(Object owner) {
        routes.removeIf(r -> r.owner() == owner);
    }

    /** The route for this method and path; empty when none; a 405 marker when only the method differs. */
    Optional<Match> find(String method, String path) {
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(path);
            if (m.matches() && r.method().equals(method)) {
                Map<String, String> params = new HashMap<>();
                for (int i = 0; i < r.names().size(); i++) {
                    params.put(r.names().get(i), m.group(i + 1));
                }
                return Optional.of(new Match(r, params));
            }
        }
        return Optional.empty();
    }

    /** True when some route has this path with another method. */
    boolean pathExists(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }
}
