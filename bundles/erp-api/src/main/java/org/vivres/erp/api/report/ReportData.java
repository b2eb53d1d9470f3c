package org.vivres.erp.api.report;

import java.util.List;
import java.util.Map;

/**
 * What a report shows: header parameters (title, period, totals) and the detail rows, each a map
 * from field name to value (String, BigDecimal, Integer, LocalDate, ...). Field names match the
 * template's fields; CSV columns follow {@code columns}.
 *
 * @param parameters header values
 * @param columns    the row fields, in CSV order
 * @param rows       the detail rows
 */
public record ReportData(Map<String, Object> parameters, List<String> columns, List<Map<String, Object>> rows) {
    public ReportData {
        parameters = Map.copyOf(parameters);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
