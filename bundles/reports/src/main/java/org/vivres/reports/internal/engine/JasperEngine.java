package org.vivres.reports.internal.engine;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterConfiguration;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportFormat;

/**
 * Fills a compiled template with a {@link ReportData} and exports it: PDF (paginated, fonts embedded),
 * HTML (one long page) or CSV (the rows, without the template). Reports are French: locale fr_FR,
 * the stores' time zone, the network's name and the printing time as parameters {@code NETWORK_NAME}
 * and {@code PRINTED_AT}.
 * <p>
 * Above {@link #VIRTUALIZE_ABOVE_ROWS} rows the filled pages are swapped to a temporary file
 * (JasperReports' swap-file virtualizer) so that memory stays bounded whatever the report's size.
 */
public final class JasperEngine {
    /** Beyond this many rows (all documents of one rendering together), pages go to a swap file. */
    public static final int VIRTUALIZE_ABOVE_ROWS = 1000;
    /** Pages kept in memory by the virtualizer. */
    private static final int PAGES_IN_MEMORY = 40;

    private final ClassLoader loader;
    private final String networkName;
    private final ZoneId zone;
    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    private final Templates templates;

    /**
     * An engine whose templates are {@code reports/<name>.jasper} on {@code loader}'s class path (tests, benchmarks).
     *
     * @param loader      the class loader that sees JasperReports, its extensions and the templates
     * @param networkName printed at the top of every report
     * @param zone        the stores' time zone, for dates and times
     */
    public JasperEngine(ClassLoader loader, String networkName, ZoneId zone) {
        this(loader, name -> loader.getResource("reports/" + name + ".jasper"), networkName, zone);
    }

    /**
     * @param loader      the class loader that sees JasperReports and its extensions
     * @param locator     a report's name to its compiled template's URL, null when there is none
     * @param networkName printed at the top of every report
     * @param zone        the stores' time zone, for dates and times
     */
    public JasperEngine(ClassLoader loader, Function<String, URL> locator, String networkName, ZoneId zone) {
        this.loader = loader;
        this.networkName = networkName;
        this.zone = zone;
        // A missing font must fail loudly, not fall back to Helvetica without accents.
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        context.setProperty("net.sf.jasperreports.default.font.name", "DejaVu Sans");
        context.setProperty("net.sf.jasperreports.default.pdf.font.name", "DejaVu Sans");
        // Single-line texts (most cells) measured without AWT's full line breaker: a cold first
        // rendering of 1 000 statements takes a third of the time (docs/performance.md).
        context.setProperty("net.sf.jasperreports.measure.simple.text", "true");
        // Compiled templates (and swapped pages) are read back by deserialization, which JasperReports allows package
        // by package ("*" stops at the package): the charts extension we use (bundles/reports/pom.xml) does not
        // declare its own.
        context.setProperty("net.sf.jasperreports.deserialization.class.whitelist.vivres.charts",
                "net.sf.jasperreports.charts.*,net.sf.jasperreports.charts.base.*,net.sf.jasperreports.charts.type.*,"
                        + "net.sf.jasperreports.charts.renderers.*,net.sf.jasperreports.charts.util.*");
        this.templates = new Templates(loader, locator, context);
    }

    public Templates templates() {
        return templates;
    }

    /** Report {@code name} filled with {@code data} in {@code format}. */
    public byte[] render(String name, ReportData data, ReportFormat format) {
        return switch (format) {
            case CSV -> CsvWriter.write(data);
            case PDF -> pdf(name, List.of(data));
            case HTML -> html(name, data);
        };
    }

    /** Several documents of one template in one PDF (a month's member statements, say). */
    public byte[] pdf(String name, List<ReportData> documents) {
        return Jasper.withLoader(loader, () -> {
            JasperReport report = templates.get(name);
            JRSwapFileVirtualizer virtualizer = virtualizerFor(documents);
            try {
                List<JasperPrint> prints = new ArrayList<>(documents.size());
                for (ReportData data : documents) {
                    prints.add(fill(report, data, true, virtualizer));
                }
                if (virtualizer != null) {
                    virtualizer.setReadOnly(true);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                JRPdfExporter exporter = new JRPdfExporter(context);
                exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
                configuration.setMetadataTitle(templates.title(name));
                configuration.setMetadataAuthor(networkName);
                configuration.setMetadataCreator("Vivres");
                configuration.setDisplayMetadataTitle(true);
                configuration.setTagLanguage("fr-FR");
                configuration.setCompressed(true);
                exporter.setConfiguration(configuration);
                exporter.exportReport();
                return out.toByteArray();
            } finally {
                if (virtualizer != null) {
                    virtualizer.cleanup();
                }
            }
        });
    }

    private byte[] html(String name, ReportData data) {
        return Jasper.withLoader(loader, () -> {
            JRSwapFileVirtualizer virtualizer = virtualizerFor(List.of(data));
            try {
                JasperPrint print = fill(templates.get(name), data, false, virtualizer);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                HtmlExporter exporter = new HtmlExporter(context);
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleHtmlExporterOutput(out, StandardCharsets.UTF_8.name()));
                SimpleHtmlReportConfiguration configuration = new SimpleHtmlReportConfiguration();
                configuration.setEmbedImage(true);
                exporter.setConfiguration(configuration);
                exporter.setConfiguration(htmlPage(templates.title(name)));
                exporter.exportReport();
                return out.toByteArray();
            } finally {
                if (virtualizer != null) {
                    virtualizer.cleanup();
                }
            }
        });
    }

    /** A French HTML page titled like the report, the report centred in it. */
    private static SimpleHtmlExporterConfiguration htmlPage(String title) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        SimpleHtmlExporterConfiguration page = new SimpleHtmlExporterConfiguration();
        page.setHtmlHeader("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + escaped
                + "</title>\n<style>a {text-decoration: none} body {margin: 16px 0}</style>\n</head>\n<body>\n"
                + "<div style=\"display: flex; justify-content: center\">\n");
        page.setHtmlFooter("</div>\n</body>\n</html>\n");
        return page;
    }

    /** Fills one document; {@code paginated=false} gives one long page (HTML). */
    JasperPrint fill(JasperReport report, ReportData data, boolean paginated, JRVirtualizer virtualizer)
            throws net.sf.jasperreports.engine.JRException {
        Map<String, Object> parameters = new HashMap<>();
        for (JRParameter parameter : report.getParameters()) {
            if (parameter.isSystemDefined()) {
                continue;
            }
            Object value = data.parameters().get(parameter.getName());
            if (value == null && JRDataSource.class.isAssignableFrom(parameter.getValueClass())) {
                value = List.of();
            }
            if (value != null) {
                parameters.put(parameter.getName(), Values.coerce(value, parameter.getValueClass(), zone));
            }
        }
        parameters.put("NETWORK_NAME", networkName);
        parameters.put("PRINTED_AT", new Date());
        parameters.put(JRParameter.REPORT_LOCALE, Locale.FRANCE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(zone));
        // a template that asks for one page as tall as its content (a thermal receipt) keeps it in PDF too
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, !paginated || report.isIgnorePagination());
        if (virtualizer != null) {
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        return JasperFillManager.getInstance(context).fill(report, parameters, new RowsDataSource(data.rows(), zone));
    }

    /** Fills for tests: the printed document, to read its texts without exporting. */
    JasperPrint fill(String name, ReportData data) {
        return Jasper.withLoader(loader, () -> fill(templates.get(name), data, true, null));
    }

    private JRSwapFileVirtualizer virtualizerFor(List<ReportData> documents) {
        long rows = documents.stream().mapToLong(d -> d.rows().size()).sum();
        if (rows <= VIRTUALIZE_ABOVE_ROWS) {
            return null;
        }
        JRSwapFile swap = new JRSwapFile(context, System.getProperty("java.io.tmpdir"), 8192, 64);
        return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
    }
}
