package org.vivres.erp.api.report;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The data of one named report ({@code ticket}, {@code caisse-fund}, ...), registered by the bundle
 * that owns that data. Called inside the request's transaction, as the requesting user: it checks
 * its parameters ({@code Check.*}, 400) and the user's access (403/404) like any handler.
 */
@ConsumerType
public interface ReportSource {

    /** The report's name in {@code /api/reports/{name}}. */
    String name();

    /** Reads the data for {@code parameters} (the query parameters of the request, format excepted). */
    ReportData data(Map<String, String> parameters);
}
