package org.vivres.reports.internal.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.vivres.erp.api.report.ReportData;

/** Test data shaped like a template's declared parameters and fields, and the texts of a filled report. */
final class Samples {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final List<String> TEMPLATES = List.of("activity", "caisse-fund", "caisse-member-statement", "caisse-settlement",
            "closing", "donation-receipt", "financing-mix", "funders", "pricing-balance", "procurement-allocation",
            "procurement-order", "return-slip", "sales-journal", "ticket");

    private Samples() {
    }

    static JasperEngine engine() {
        return new JasperEngine(Samples.class.getClassLoader(), "Réseau des épiceries solidaires d'Île-de-France", PARIS);
    }

    /** Values of the kind a source would give (Strings, BigDecimals, LocalDates...) for every declared name. */
    static ReportData data(JasperReport report, int rows) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (JRParameter p : report.getParameters()) {
            if (!p.isSystemDefined() && !p.getName().equals("NETWORK_NAME") && !p.getName().equals("PRINTED_AT")) {
                Object value = sample(p.getName(), p.getValueClass(), 1);
                // header texts long enough to wrap
                parameters.put(p.getName(), value instanceof String t && t.startsWith("Épicerie")
                        ? "Épicerie solidaire « Les Œufs d'Or » de Belleville-Ménilmontant" : value);
            }
        }
        List<String> columns = new ArrayList<>();
        for (JRField f : report.getFields()) {
            columns.add(f.getName());
        }
        List<Map<String, Object>> detail = IntStream.rangeClosed(1, rows).mapToObj(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (JRField f : report.getFields()) {
                row.put(f.getName(), sample(f.getName(), f.getValueClass(), i));
            }
            return row;
        }).toList();
        return new ReportData(parameters, columns, detail);
    }

    static Object sample(String name, Class<?> type, int i) {
        if (type == BigDecimal.class) {
            return new BigDecimal("1234.56").add(BigDecimal.valueOf(i));
        }
        if (type == Integer.class) {
            return i;
        }
        if (type == java.util.Date.class) {
            return name.equals("date") || name.equals("startsAt")
                    ? OffsetDateTime.parse("2026-11-25T18:30:00+01:00").plusDays(i) : LocalDate.of(2026, 11, 1);
        }
        if (JRDataSource.class.isAssignableFrom(type)) {
            return List.of(Map.of("method", "CASH", "amount", new BigDecimal("2.00")),
                    Map.of("method", "CAISSE", "amount", new BigDecimal("1.40")));
        }
        return switch (name) {
            case "kind" -> "COOKING_WORKSHOP";
            case "status" -> "SECURED";
            default -> "Épicerie « Les Œufs » n° " + i;
        };
    }

    /** Every text printed, page after page. */
    static List<String> texts(JasperPrint print) {
        List<String> texts = new ArrayList<>();
        print.getPages().forEach(page -> collect(page.getElements(), texts));
        return texts;
    }

    private static void collect(List<JRPrintElement> elements, List<String> texts) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t) {
                texts.add(t.getFullText());
            } else if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), texts);
            }
        }
    }
}
