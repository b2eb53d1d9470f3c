package org.vivres.erp.kernel.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The connection pool {@link Persistence} owns, as the database settings say. */
final class DatabasePool {
    private DatabasePool() {
    }

    static HikariDataSource create(DatabaseSettings settings) {
        // No DriverManager in OSGi: the pool wraps the driver's own DataSource.
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(settings.url());
        pg.setUser(settings.user());
        pg.setPassword(settings.password());
        pg.setConnectTimeout(5);
        // PostgreSQL's DETAIL ("Failing row contains (...)", "Key (...)=(...)") and the SQL of a failed batch with
        // its values would otherwise be in the exception messages, and so in the log: whole ticket rows, amounts.
        pg.setLogServerErrorDetail(false);
        // A ticket's lines and stock movements are batched by Hibernate; the driver then sends each batch as
        // multi-row inserts, so PostgreSQL parses and plans a few statements instead of one per line.
        pg.setReWriteBatchedInserts(true);
        HikariConfig config = new HikariConfig();
        config.setDataSource(pg);
        config.setPoolName("vivres");
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(2);
        config.setAutoCommit(false);
        config.setConnectionTimeout(5_000);
        // Start even while the database is unreachable: requests answer 503 until it is back.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
