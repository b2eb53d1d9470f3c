package org.vivres.erp.api.demo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a capability bundle that shows itself in the demonstration network: with {@code --demo} the
 * kernel calls {@link #load} once its own demo data is there and the bundle's tables are in service, in one
 * transaction as the system, and records that it did (under {@link #name()}), so that later starts do not load
 * it again. Contributions run by {@link #order()} (then name): one may rely on what a lower one created (the
 * activities' tier fees on the pricing tiers). A contribution that fails is rolled back, logged and tried again at
 * the next start; the others go on.
 */
@ConsumerType
public interface DemoContribution {

    /** The name of the bundle's {@code PersistenceContribution}: the tables it fills (pricing, caisse, ...). */
    String name();

    /** Lower runs first: pricing 10, caisse 20, activities 30, procurement 40. */
    int order();

    /** Creates the bundle's demo data on {@code network}. */
    void load(DemoNetwork network);
}
