package org.vivres.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.report.ReportFormat;

/**
 * {@code GET /api/reports} (the reports available now) and {@code GET /api/reports/{name}?format=pdf|html|csv&...}
 * (PDF by default). Open to any logged-in user: each report's source checks who may read what.
 */
@Component(service = ApiResource.class)
public final class ReportResource implements ApiResource {
    private static final List<String> FORMATS = List.of("pdf", "html", "csv");

    private final ReportServiceImpl reports;

    /**
     * @param name       the report's name in the path
     * @param title      its French title
     * @param parameters the query parameters it takes
     * @param formats    the values {@code format} accepts
     * @param choices    for a parameter picked from a list, the API path listing its values ({@code items} with
     *                   {@code id} and {@code name}), as the report's owner declares it: the back office offers them
     *                   by name without knowing which bundle serves them
     */
    record ReportView(String name, String title, List<String> parameters, List<String> formats,
            Map<String, String> choices) {
    }

    @Activate
    public ReportResource(@Reference ReportServiceImpl reports) {
        this.reports = reports;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/reports", this::list);
        routes.get("/api/reports/{name}", this::render);
    }

    private Object list(ApiRequest request) {
        List<ReportView> views = new ArrayList<>();
        for (String name : reports.names()) {
            try {
                views.add(new ReportView(name, reports.title(name), reports.requestParameters(name), FORMATS,
                        reports.choices(name)));
            } catch (ErpException gone) {
                // its bundle was stopped or updated since names(): it is not listed this time
            }
        }
        return Items.of(views);
    }

    private Object render(ApiRequest request) {
        String name = request.path("name");
        if (!reports.names().contains(name)) {
            throw ReportServiceImpl.unknown(name);
        }
        ReportFormat format = format(request.query("format").orElse("pdf"));
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : reports.requestParameters(name)) {
            request.query(parameter).ifPresent(v -> parameters.put(parameter, v));
        }
        return ApiResponse.bytes(200, reports.render(name, parameters, format), format.mediaType());
    }

    /** {@code pdf}, {@code html} or {@code csv}, any case; 400 {@code INVALID_FORMAT} otherwise. */
    static ReportFormat format(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(lower)) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_FORMAT", ReportResource.class, value,
                    String.join(", ", FORMATS));
        }
        return ReportFormat.valueOf(lower.toUpperCase(Locale.ROOT));
    }
}
