package org.vivres.erp.kernel.internal.event;

import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.ErpTransactions;

/**
 * Journals every bundle installed, updated or removed while Vivres runs (a module added, its new version, a module
 * taken out: what controllers ask "which software recorded these tickets?"), each in a transaction of its own as a
 * network event. The framework delivers these events after the fact, on its own thread: a failure to journal one is
 * logged, never thrown back into the framework.
 */
@Component(immediate = true)
public final class BundleJournal implements BundleListener {
    private static final Logger LOG = LoggerFactory.getLogger(BundleJournal.class);

    private final BundleContext bundles;
    private final ErpTransactions transactions;
    private final EventJournal journal;

    @Activate
    public BundleJournal(BundleContext bundles, @Reference ErpTransactions transactions,
            @Reference EventJournal journal) {
        this.bundles = bundles;
        this.transactions = transactions;
        this.journal = journal;
        bundles.addBundleListener(this);
    }

    @Deactivate
    void stop() {
        bundles.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String type = switch (event.getType()) {
            case BundleEvent.INSTALLED -> EventJournal.BUNDLE_INSTALLED;
            case BundleEvent.UPDATED -> EventJournal.BUNDLE_UPDATED;
            case BundleEvent.UNINSTALLED -> EventJournal.BUNDLE_UNINSTALLED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        Bundle bundle = event.getBundle();
        Map<String, Object> details = Map.of("bundle", String.valueOf(bundle.getSymbolicName()),
                "version", bundle.getVersion().toString(), "bundleId", bundle.getBundleId());
        try {
            transactions.inTransaction(() -> {
                journal.record(null, type, null, details);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Bundle event {} of {} could not be journaled", type, details, e);
        }
    }
}
