package org.vivres.erp.kernel.internal.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.osgi.framework.Bundle;
import org.vivres.erp.api.persistence.PersistenceContribution;

/** Applies one contribution's Flyway migrations, each bundle with its own history table. */
final class Migrator {
    private final DataSource dataSource;

    Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Migrates; returns the number of migrations applied. */
    int migrate(PersistenceContribution contribution, Bundle bundle) {
        BundleMigrations files = new BundleMigrations(bundle, contribution.migrationPath());
        if (files.isEmpty()) {
            return 0;
        }
        // Flyway finds its database plugins with ServiceLoader on this loader: the kernel's, which embeds them.
        Flyway flyway = Flyway.configure(Migrator.class.getClassLoader())
                .dataSource(dataSource)
                .table("flyway_history_" + contribution.name().replace('-', '_'))
                .resourceProvider(files)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
