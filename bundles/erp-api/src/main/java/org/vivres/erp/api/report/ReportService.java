package org.vivres.erp.api.report;

import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Renders named reports; provided by the reports bundle (JasperReports stays private to it). */
@ProviderType
public interface ReportService {

    /** The reports that can be rendered now (those whose source and template are present). */
    Set<String> names();

    /**
     * Renders report {@code name} inside the current transaction.
     *
     * @throws org.vivres.erp.api.ErpException 404 for an unknown report, 400 for bad parameters
     */
    byte[] render(String name, Map<String, String> parameters, ReportFormat format);
}
