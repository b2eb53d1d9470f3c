package org.vivres.erp.kernel.internal.core;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.demo.DemoContribution;
import org.vivres.erp.api.demo.DemoNetwork;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.kernel.internal.dal.ContextState;
import org.vivres.erp.kernel.internal.dal.TransactionRunner;
import org.vivres.erp.kernel.internal.db.Persistence;

/**
 * With {@code --demo}: runs each capability's {@link DemoContribution} once its tables are in service and the
 * kernel's demo network is there, in order, each in its own transaction, and records it ({@link DemoLoad}) so that
 * a restart loads nothing twice. Runs on the persistence thread, so that health says UP only once it is done.
 */
@Component(immediate = true)
public final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final boolean demo;
    private final Persistence persistence;
    private final TransactionRunner runner;
    private final Dal dal;
    private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

    @Activate
    public DemoLoader(BundleContext context, @Reference Persistence persistence, @Reference TransactionRunner runner,
            @Reference Dal dal) {
        this.demo = Boolean.parseBoolean(context.getProperty("vivres.demo"));
        this.persistence = persistence;
        this.runner = runner;
        this.dal = dal;
        if (demo) {
            persistence.afterEachRebuild(this::loadPending);
            persistence.runOnRebuildThread(this::loadPending);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(DemoContribution contribution) {
        contributions.add(contribution);
        // the bundle's tables may already be in service: no rebuild would then come to load it
        if (demo && persistence != null) {
            persistence.runOnRebuildThread(this::loadPending);
        }
    }

    void removeContribution(DemoContribution contribution) {
        contributions.remove(contribution);
    }

    private synchronized void loadPending() {
        // A bundle whose entities are not in service yet may be one a demo uses through a service (activities asks
        // pricing for tiers): the rebuild that brings it runs this again.
        if (!persistence.isReady() || persistence.isRebuildDue() || contributions.isEmpty()) {
            return;
        }
        Map<String, String> states = persistence.contributionStates();
        DemoNetwork network = runner.run(ContextState.system(), this::network);
        if (network == null) {
            return;
        }
        contributions.stream()
                .filter(c -> "UP".equals(states.get(c.name())))
                .sorted(Comparator.comparingInt(DemoContribution::order).thenComparing(DemoContribution::name))
                .forEach(c -> load(c, network));
    }

    private void load(DemoContribution contribution, DemoNetwork network) {
        try {
            boolean loaded = runner.run(ContextState.system(), () -> {
                if (dal.query(DemoLoad.class, "e.name = :n", Map.of("n", contribution.name())).count() > 0) {
                    return false;
                }
                contribution.load(network);
                dal.save(new DemoLoad(contribution.name()));
                return true;
            });
            if (loaded) {
                LOG.info("Données de démonstration chargées : {}", contribution.name());
            }
        } catch (RuntimeException e) {
            LOG.error("Données de démonstration de {} non chargées", contribution.name(), e);
        }
    }

    /** The kernel's demo network, or {@code null} when this database was not started with {@code --demo} first. */
    private DemoNetwork network() {
        Map<String, Organization> orgs = dal.query(Organization.class, null, null).list().stream()
                .collect(Collectors.toMap(Organization::getName, o -> o, (a, b) -> a));
        Organization hub = orgs.get(DemoData.HUB);
        Organization croixRousse = orgs.get(DemoData.CROIX_ROUSSE);
        Organization guillotiere = orgs.get(DemoData.GUILLOTIERE);
        if (hub == null || croixRousse == null || guillotiere == null) {
            LOG.warn("--demo : le réseau de démonstration n'est pas dans cette base, les modules n'y ajoutent rien");
            return null;
        }
        return new DemoNetwork(hub.getId(), croixRousse.getId(), guillotiere.getId(),
                dal.query(Household.class, null, null).list().stream().filter(h -> h.getReference() != null)
                        .collect(Collectors.toMap(Household::getReference, Household::getId, (a, b) -> a)),
                dal.query(Product.class, null, null).list().stream()
                        .collect(Collectors.toMap(Product::getSku, Product::getId, (a, b) -> a)));
    }
}
