package org.vivres.reports.internal.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * The detail rows of a {@code ReportData} as a JasperReports data source: one row at a time, each
 * value turned into the class the template declares for its field ({@link Values}). JasperReports
 * keeps only the pages (swapped to disk above a size, see {@link JasperEngine}), not a copy of the rows.
 */
public final class RowsDataSource implements JRRewindableDataSource {
    private final List<Map<String, Object>> rows;
    private final ZoneId zone;
    private int index = -1;

    public RowsDataSource(List<Map<String, Object>> rows, ZoneId zone) {
        this.rows = rows;
        this.zone = zone;
    }

    @Override
    public boolean next() {
        if (index + 1 >= rows.size()) {
            return false;
        }
        index++;
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return Values.coerce(rows.get(index).get(field.getName()), field.getValueClass(), zone);
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
