package org.vivres.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportFormat;
import org.vivres.erp.api.report.ReportService;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.reports.internal.engine.JasperEngine;

/**
 * The network's {@link ReportService}: a report exists when a bundle registers its {@link ReportSource}
 * and this bundle packages its template. The source reads and checks (parameters, access) inside the
 * caller's transaction; the engine renders.
 */
@Component(service = {ReportService.class, ReportServiceImpl.class})
public final class ReportServiceImpl implements ReportService {
    /** The framework property naming the network on every report. */
    static final String NETWORK_NAME_PROPERTY = "vivres.network.name";
    static final String DEFAULT_NETWORK_NAME = "Réseau Vivres";

    private final JasperEngine engine;
    private final List<ReportSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public ReportServiceImpl(BundleContext bundleContext) {
        String network = bundleContext.getProperty(NETWORK_NAME_PROPERTY);
        this.engine = new JasperEngine(ReportServiceImpl.class.getClassLoader(),
                network == null || network.isBlank() ? DEFAULT_NETWORK_NAME : network.strip(), StoreCalendar.ZONE);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(ReportSource source) {
        sources.add(source);
    }

    void removeSource(ReportSource source) {
        sources.remove(source);
    }

    @Override
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (ReportSource source : sources) {
            if (engine.templates().exists(source.name())) {
                names.add(source.name());
            }
        }
        return names;
    }

    @Override
    public byte[] render(String name, Map<String, String> parameters, ReportFormat format) {
        ReportSource source = source(name).orElseThrow(() -> unknown(name));
        ReportData data = source.data(Map.copyOf(parameters));
        return engine.render(name, data, format);
    }

    /** The report's French title. */
    String title(String name) {
        return engine.templates().title(name);
    }

    /** The query parameters that report takes (its template says which). */
    List<String> requestParameters(String name) {
        return engine.templates().requestParameters(name);
    }

    /** The available source of that name (its template present), if any. */
    Optional<ReportSource> source(String name) {
        if (!engine.templates().exists(name)) {
            return Optional.empty();
        }
        return sources.stream().filter(s -> name.equals(s.name())).findFirst();
    }

    static ErpException unknown(String name) {
        return new ErpException(ErrorStatus.NOT_FOUND, "UNKNOWN_REPORT", ReportServiceImpl.class, name);
    }
}
