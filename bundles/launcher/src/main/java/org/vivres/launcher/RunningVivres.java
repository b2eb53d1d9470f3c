package org.vivres.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started Vivres: Felix with its bundles, and the embedded PostgreSQL when there is one. */
public final class RunningVivres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningVivres.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final LaunchOptions options;
    private final int port;
    private final Framework framework;
    private final DatabaseSettings database;
    private final EmbeddedDatabase embeddedDatabase; // null with an external database
    private boolean closed;

    RunningVivres(LaunchOptions options, int port, Framework framework, DatabaseSettings database,
                  EmbeddedDatabase embeddedDatabase) {
        this.options = options;
        this.port = port;
        this.framework = framework;
        this.database = database;
        this.embeddedDatabase = embeddedDatabase;
    }

    /** The HTTP port (the one picked when the options asked for 0). */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/} (or the bound host, when it is neither a wildcard nor loopback). */
    public String baseUrl() {
        String host = options.host();
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        String shown = wildcard ? "127.0.0.1" : host;
        if (shown.contains(":") && !shown.startsWith("[")) {
            shown = "[" + shown + "]";
        }
        return "http://" + shown + ":" + port + "/";
    }

    public Path dataDir() {
        return options.dataDir();
    }

    public Path deployDir() {
        return options.deployDir();
    }

    public Path etcDir() {
        return options.etcDir();
    }

    /** The Gogo telnet port on 127.0.0.1; 0 when the shell is disabled. */
    public int shellPort() {
        return options.shellPort();
    }

    /** What the bundles got as {@code vivres.db.*}; tests may open their own JDBC connection with it. */
    public DatabaseSettings database() {
        return database;
    }

    /** The embedded PostgreSQL's port, empty with an external database. */
    public Optional<Integer> embeddedDatabasePort() {
        return Optional.ofNullable(embeddedDatabase).map(EmbeddedDatabase::port);
    }

    public LaunchOptions options() {
        return options;
    }

    /** For in-framework checks (bundle states, services by name); the caller's class loader does not see bundle types. */
    public Framework framework() {
        return framework;
    }

    /** Waits for {@code /api/health} to answer UP; {@link LaunchException} at the deadline or if Felix stops. */
    public void awaitHealthy(Duration timeout) {
        HealthCheck.awaitUp(URI.create(baseUrl() + "api/health"), timeout,
                () -> (framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0);
    }

    /** Blocks until the framework stops (shell {@code stop 0}, {@link #close()}, SIGTERM). */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops Felix (waiting up to 30 s), then the embedded PostgreSQL. Safe to call twice and from a shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warn("Felix did not stop within {} s; stopping the database anyway", STOP_TIMEOUT.toSeconds());
            }
        } catch (BundleException e) {
            LOG.error("Felix did not stop cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (embeddedDatabase != null) {
                embeddedDatabase.close();
            }
        }
        LOG.info("Vivres stopped");
    }
}
