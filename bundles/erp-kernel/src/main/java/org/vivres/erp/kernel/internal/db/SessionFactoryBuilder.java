package org.vivres.erp.kernel.internal.db;

import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.vivres.erp.api.persistence.PersistenceContribution;

/** Builds a Hibernate session factory that sees the entities of every contributing bundle. */
final class SessionFactoryBuilder {

    SessionFactory build(DataSource dataSource, Map<PersistenceContribution, Bundle> contributions) {
        ClassLoader kernel = SessionFactoryBuilder.class.getClassLoader();
        BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(kernel);
        contributions.values().stream().distinct()
                .map(b -> b.adapt(BundleWiring.class))
                .filter(w -> w != null)
                .forEach(w -> bootstrap.applyClassLoader(w.getClassLoader()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate looks up some services through the context loader while it boots.
        thread.setContextClassLoader(kernel);
        try {
            BootstrapServiceRegistry bootstrapRegistry = bootstrap.build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrapRegistry)
                    .applySetting("hibernate.connection.datasource", dataSource)
                    .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .applySetting("hibernate.hbm2ddl.auto", "none")
                    .applySetting("hibernate.connection.provider_disables_autocommit", "true")
                    .applySetting("hibernate.jdbc.batch_size", "50")
                    .applySetting("hibernate.order_inserts", "true")
                    .applySetting("hibernate.order_updates", "true")
                    .applySetting("hibernate.xml_mapping_enabled", "false")
                    .applySetting("hibernate.jdbc.time_zone", "UTC")
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            contributions.keySet().forEach(c -> c.entityClasses().forEach(sources::addAnnotatedClass));
            return sources.buildMetadata().buildSessionFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
