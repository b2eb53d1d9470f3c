package org.vivres.erp.kernel.internal.fiscal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.ErpTransactions;
import org.vivres.erp.kernel.internal.event.EventJournal;

/**
 * Checks every chain at start-up and then daily, and remembers whether one is broken (for {@code /api/health} and
 * the back office). Every check, scheduled or asked for, is an event; a broken chain is one more, naming where.
 */
@Component(service = FiscalWatch.class)
public final class FiscalWatch {
    /** A check of the chains was run. */
    public static final String VERIFICATION = "FISCAL_VERIFICATION";
    /** A check found a chain broken. */
    public static final String CHAIN_BROKEN = "FISCAL_CHAIN_BROKEN";

    private static final Logger LOG = LoggerFactory.getLogger(FiscalWatch.class);

    private final ErpTransactions transactions;
    private final FiscalVerifier verifier;
    private final EventJournal journal;
    private final ScheduledExecutorService scheduler;
    private volatile String state = "UNCHECKED";
    private volatile org.vivres.fiscal.seal.ChainCheck.Broken broken;

    @Activate
    public FiscalWatch(@Reference ErpTransactions transactions, @Reference FiscalVerifier verifier,
            @Reference EventJournal journal) {
        this.transactions = transactions;
        this.verifier = verifier;
        this.journal = journal;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vivres-fiscal-check");
            t.setDaemon(true);
            return t;
        });
        scheduler.schedule(this::scheduled, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** {@code INTACT}, {@code BROKEN}, or {@code UNCHECKED} before the first check. */
    public String state() {
        return state;
    }

    /** Checks now, in the caller's transaction (or a new one), and journals it. */
    public FiscalVerifier.Result verifyNow(UUID organization) {
        return transactions.inTransaction(() -> {
            FiscalVerifier.Result result = verifier.verify(organization);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", result.status());
            details.put("records", result.records());
            journal.record(organization, VERIFICATION, null, details);
            if (!result.intact()) {
                details.put("chain", result.firstBroken().chain());
                details.put("sequence", result.firstBroken().sequence());
                details.put("reason", result.firstBroken().reason());
                journal.record(organization, CHAIN_BROKEN, null, details);
                state = "BROKEN";
                broken = result.firstBroken();
            } else if (organization == null) {
                state = "INTACT";
                broken = null;
            }
            return result;
        });
    }

    /** Where the last check found a chain broken (for the network admin's banner), or null. */
    public org.vivres.fiscal.seal.ChainCheck.Broken firstBroken() {
        return broken;
    }

    private void scheduled() {
        long next = TimeUnit.DAYS.toSeconds(1);
        try {
            FiscalVerifier.Result result = verifyNow(null);
            if (!result.intact()) {
                LOG.error("Fiscal chain broken: {}", result.firstBroken());
            }
        } catch (RuntimeException e) {
            next = 30; // the database or the persistence layer not ready yet: try again soon
            LOG.debug("Fiscal check postponed", e);
        }
        if (!scheduler.isShutdown()) {
            scheduler.schedule(this::scheduled, next, TimeUnit.SECONDS);
        }
    }
}
