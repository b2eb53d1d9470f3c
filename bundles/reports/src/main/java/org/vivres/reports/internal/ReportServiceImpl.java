package org.vivres.reports.internal;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
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
import org.vivres.reports.internal.engine.Templates;

/**
 * The network's {@link ReportService}: a report exists when a bundle registers its {@link ReportSource}
 * and ships its compiled template, {@code reports/<name>.jasper}, in the same bundle (the parent pom compiles
 * {@code reports/<bundle>/*.jrxml} into it). The source reads and checks (parameters, access) inside the
 * caller's transaction; this bundle's engine renders. Updating the owning bundle re-registers its source, so
 * the next rendering uses the template of the new version, without restarting anything.
 */
@Component(service = {ReportService.class, ReportServiceImpl.class})
public final class ReportServiceImpl implements ReportService {
    /** The framework property naming the network on every report. */
    static final String NETWORK_NAME_PROPERTY = "vivres.network.name";
    static final String DEFAULT_NETWORK_NAME = "Réseau Vivres";

    /** A registered source and the template its bundle ships, null when it ships none. */
    private record Registered(ReportSource source, String name, URL template) {
    }

    private final JasperEngine engine;
    private final List<Registered> sources = new CopyOnWriteArrayList<>();

    @Activate
    public ReportServiceImpl(BundleContext bundleContext) {
        String network = bundleContext.getProperty(NETWORK_NAME_PROPERTY);
        this.engine = new JasperEngine(ReportServiceImpl.class.getClassLoader(), this::template,
                network == null || network.isBlank() ? DEFAULT_NETWORK_NAME : network.strip(), StoreCalendar.ZONE);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(ReportSource source, ServiceReference<ReportSource> reference) {
        String name = source.name();
        Bundle owner = reference.getBundle();
        // getEntry: the owner's own jar only, not what it imports; read now, while the registration is live
        URL template = owner != null && Templates.validName(name)
                ? owner.getEntry("reports/" + name + ".jasper") : null;
        sources.add(new Registered(source, name, template));
    }

    void removeSource(ReportSource source) {
        for (Registered registered : sources) {
            if (registered.source() == source) {
                sources.remove(registered);
                if (registered.template() != null) {
                    engine.templates().forget(registered.template());
                }
            }
        }
    }

    /** The template of report {@code name}, from the bundle of its source; null when none. */
    private URL template(String name) {
        return sources.stream().filter(r -> r.name().equals(name) && r.template() != null).map(Registered::template)
                .findFirst().orElse(null);
    }

    @Override
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (Registered registered : sources) {
            if (registered.template() != null) {
                names.add(registered.name());
            }
        }
        return names;
    }

    @Override
    public byte[] render(String name, Map<String, String> parameters, ReportFormat format) {
        ReportSource source = source(name).orElseThrow(() -> unknown(name));
        ReportData data = source.data(Map.copyOf(parameters));
        try {
            return engine.render(name, data, format);
        } catch (Templates.Missing e) {
            throw unknown(name); // its bundle went away (or is being updated) meanwhile
        }
    }

    /** The report's French title; 404 when it is not (or no longer) available. */
    String title(String name) {
        try {
            return engine.templates().title(name);
        } catch (Templates.Missing e) {
            throw unknown(name);
        }
    }

    /** The query parameters that report takes (its template says which); 404 when it is not available. */
    List<String> requestParameters(String name) {
        try {
            return engine.templates().requestParameters(name);
        } catch (Templates.Missing e) {
            throw unknown(name);
        }
    }

    /** Where the values of that report's parameters are listed, by parameter; 404 when it is not available. */
    Map<String, String> choices(String name) {
        try {
            return engine.templates().choices(name);
        } catch (Templates.Missing e) {
            throw unknown(name);
        }
    }

    /** The available source of that name (its template present), if any. */
    Optional<ReportSource> source(String name) {
        return sources.stream().filter(r -> r.name().equals(name) && r.template() != null).map(Registered::source)
                .findFirst();
    }

    static ErpException unknown(String name) {
        return new ErpException(ErrorStatus.NOT_FOUND, "UNKNOWN_REPORT", ReportServiceImpl.class, name);
    }
}
