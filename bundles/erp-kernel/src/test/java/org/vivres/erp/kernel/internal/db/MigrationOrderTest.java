package org.vivres.erp.kernel.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.persistence.PersistenceContribution;

/**
 * A capability bundle that registers before the kernel's own contribution must wait for it: its migrations refer to
 * the core tables, and the start-up work (the first admin) needs the core entities. Found by the robustness crash
 * test: on a new database the activities migration ran first and failed, and no admin was created.
 */
class MigrationOrderTest {

    private static PersistenceContribution named(String name) {
        return new PersistenceContribution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Class<?>> entityClasses() {
                return List.of();
            }

            @Override
            public String migrationPath() {
                return "db/migration/" + name;
            }
        };
    }

    @Test
    void theCoreIsMigratedFirstAndNothingWithoutIt() {
        PersistenceContribution core = new CoreContribution();
        PersistenceContribution activities = named("activities");
        PersistenceContribution caisse = named("caisse");
        assertThat(Persistence.migrationOrder(List.of(activities, caisse))).isEmpty();
        assertThat(Persistence.migrationOrder(List.of(activities, core, caisse)))
                .containsExactly(core, activities, caisse);
        assertThat(Persistence.migrationOrder(List.of(core))).containsExactly(core);
    }
}
