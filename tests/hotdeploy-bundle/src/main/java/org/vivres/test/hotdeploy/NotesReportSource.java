package org.vivres.test.hotdeploy;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * Report {@code hotdeploy-notes}: the notes, printed with the template this bundle ships
 * ({@code src/main/reports/}, or {@code src/v2/reports/} in the version the tests deploy over it).
 */
@Component
public final class NotesReportSource implements ReportSource {
    private final Dal dal;
    private final ErpContext context;

    @Activate
    public NotesReportSource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String name() {
        return "hotdeploy-notes";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER);
        List<Map<String, Object>> rows = dal.query(Note.class, null, null).list().stream()
                .map(n -> Map.<String, Object>of("text", n.getText())).toList();
        return new ReportData(Map.of(), List.of("text"), rows);
    }
}
