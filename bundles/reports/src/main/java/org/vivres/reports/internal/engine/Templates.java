package org.vivres.reports.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates packaged with this bundle ({@code reports/<name>.jasper}, compiled from the
 * top-level {@code reports/<name>.jrxml} at build time), loaded once and kept.
 * <p>
 * Two template properties belong to Vivres: {@code vivres.title}, the report's French title, and
 * {@code vivres.request.parameters}, the comma-separated query parameters handed to the report's source.
 */
public final class Templates {
    /** The property naming the query parameters a report takes. */
    public static final String REQUEST_PARAMETERS = "vivres.request.parameters";
    /** The property holding the report's title. */
    public static final String TITLE = "vivres.title";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ClassLoader loader;
    private final JasperReportsContext context;
    private final ConcurrentMap<String, JasperReport> loaded = new ConcurrentHashMap<>();

    Templates(ClassLoader loader, JasperReportsContext context) {
        this.loader = loader;
        this.context = context;
    }

    /** True when a compiled template of that name is packaged. */
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

    /** The compiled template; call with this bundle's class loader as context class loader. */
    JasperReport get(String name) {
        return loaded.computeIfAbsent(name, this::load);
    }

    private URL url(String name) {
        return name != null && NAME.matcher(name).matches() ? loader.getResource("reports/" + name + ".jasper") : null;
    }

    private JasperReport load(String name) {
        URL url = url(name);
        if (url == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        return Jasper.withLoader(loader, () -> {
            try (InputStream in = url.openStream()) {
                return (JasperReport) JRLoader.loadObject(context, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
