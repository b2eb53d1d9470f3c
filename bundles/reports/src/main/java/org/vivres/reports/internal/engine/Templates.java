package org.vivres.reports.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates ({@code <name>.jasper}, compiled at build time from {@code reports/<bundle>/<name>.jrxml}),
 * found where the locator says (in the bundle that owns the report), loaded once per location and kept until
 * {@link #forget forgotten}: a bundle updated with a new template gives a new location, so the new template.
 * <p>
 * Two template properties belong to Vivres: {@code vivres.title}, the report's French title, and
 * {@code vivres.request.parameters}, the comma-separated query parameters handed to the report's source; and
 * {@code vivres.choices.<parameter>}, where a parameter's values are listed (an API path whose {@code items} have an
 * {@code id} and a {@code name}), so that the back office offers them by name without knowing the owning bundle.
 */
public final class Templates {
    /** The property naming the query parameters a report takes. */
    public static final String REQUEST_PARAMETERS = "vivres.request.parameters";
    /** The property holding the report's title. */
    public static final String TITLE = "vivres.title";
    /** The prefix of the properties naming where a parameter's values are listed. */
    public static final String CHOICES = "vivres.choices.";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ClassLoader loader;
    private final Function<String, URL> locator;
    private final JasperReportsContext context;
    private final ConcurrentMap<String, JasperReport> loaded = new ConcurrentHashMap<>();

    /**
     * @param loader  the class loader that sees JasperReports (it deserializes the templates)
     * @param locator a valid report name to its compiled template's URL, or null when there is none
     */
    Templates(ClassLoader loader, Function<String, URL> locator, JasperReportsContext context) {
        this.loader = loader;
        this.locator = locator;
        this.context = context;
    }

    /** No template of that name (any more: its bundle may have just been stopped or updated). */
    public static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing(String name) {
            super("no template " + name);
        }
    }

    /** True when a compiled template of that name is available. */
    public boolean exists(String name) {
        return url(name) != null;
    }

    /** The template's title ({@code vivres.title}), else its name. */
    public String title(String name) {
        String title = get(name).getProperty(TITLE);
        return title == null ? name : title;
    }

    /** The query parameters the report's source receives ({@code vivres.request.parameters}). */
    public List<String> requestParameters(String name) {
        String names = get(name).getProperty(REQUEST_PARAMETERS);
        return names == null ? List.of()
                : Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Each request parameter whose values are listed somewhere, with where ({@code vivres.choices.<parameter>}). */
    public Map<String, String> choices(String name) {
        JasperReport report = get(name);
        Map<String, String> choices = new LinkedHashMap<>();
        for (String parameter : requestParameters(name)) {
            String path = report.getProperty(CHOICES + parameter);
            if (path != null && !path.isBlank()) {
                choices.put(parameter, path.strip());
            }
        }
        return choices;
    }

    /**
     * The compiled template ({@link Missing} when there is none); call with this bundle's class loader as context
     * class loader.
     */
    JasperReport get(String name) {
        URL url = url(name);
        if (url == null) {
            throw new Missing(name);
        }
        return loaded.computeIfAbsent(url.toExternalForm(), k -> load(url));
    }

    /** Drops the template loaded from {@code url} (its bundle is going away, or being updated). */
    public void forget(URL url) {
        loaded.remove(url.toExternalForm());
    }

    /** True when a report name is well formed: a template's file name, never a path. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private URL url(String name) {
        return validName(name) ? locator.apply(name) : null;
    }

    private JasperReport load(URL url) {
        return Jasper.withLoader(loader, () -> {
            try (InputStream in = url.openStream()) {
                return (JasperReport) JRLoader.loadObject(context, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
