package org.vivres.erp.api.persistence;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a bundle that owns tables. The kernel applies the bundle's Flyway migrations
 * (found in the bundle under {@link #migrationPath()}, history table
 * {@code flyway_history_<name>}) then rebuilds the session factory with {@link #entityClasses()};
 * both happen again when the bundle is updated, and its entities go away when it is removed.
 * Its entity bundle needs {@code DynamicImport-Package: org.hibernate.*}.
 */
@ConsumerType
public interface PersistenceContribution {

    /** A short unique name (the bundle's area: {@code pricing}, {@code caisse}). */
    String name();

    /** The entity classes, annotated with {@code jakarta.persistence}. */
    List<Class<?>> entityClasses();

    /** The folder inside the bundle holding {@code V<n>__<what>.sql}, e.g. {@code db/migration/pricing}. */
    String migrationPath();

    /**
     * Called by the kernel each time the bundle's migrations have been applied and its entities are in service (the
     * bundle started, was updated, or Vivres started), on the persistence thread and before health says UP: where a
     * bundle recomputes what it keeps from tables written while it was stopped. The kernel runs it in a transaction of
     * its own, as the system (its {@code Dal} works there); a failure rolls it back, is logged and does not take the
     * bundle out of service.
     */
    default void inService() {
    }
}
