package org.vivres.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Vivres in this JVM: the database (embedded unless the options name one), then Felix with every bundle of
 * {@code <dist>/bundles} and the options' extra bundles, FileInstall on {@code <data>/deploy} and
 * {@code <data>/etc}, and the local Gogo shell when the options give it a port.
 * Integration tests call it in-process.
 */
public final class Launcher {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    /**
     * @return the running system; when {@link LaunchOptions#waitForHealth()} is set, only once /api/health is UP
     * @throws LaunchException if it cannot start; whatever had started is stopped again
     */
    public static RunningVivres start(LaunchOptions options) {
        createDirectories(options);
        LOG.info("Data: {}", options.dataDir());
        LOG.info("Hot deploy (bundle jars): {}", options.deployDir());
        LOG.info("Configuration (*.cfg): {}", options.etcDir());
        int port = FreePort.orPick(options.port());
        if (options.port() != 0 && !FreePort.isFree(options.host(), port)) {
            throw new LaunchException("Le port HTTP " + port + " est déjà utilisé sur " + options.host()
                    + " : choisissez-en un autre avec --port.");
        }

        EmbeddedDatabase embedded = options.embeddedDatabase() ? startEmbeddedDatabase(options) : null;
        DatabaseSettings database = embedded != null ? embedded.settings()
                : new DatabaseSettings(options.dbUrl(), options.dbUser(), options.dbPassword());
        if (embedded == null) {
            LOG.info("Database: external, {}", database.url());
        }
        RunningVivres running;
        try {
            Framework framework = startFramework(options, FrameworkConfig.of(options, port, database));
            running = new RunningVivres(options, port, framework, database, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        if (options.shellPort() != 0) {
            LOG.info("Gogo shell: telnet 127.0.0.1 {}", options.shellPort());
        }
        if (options.waitForHealth()) {
            try {
                running.awaitHealthy(options.healthTimeout());
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
        }
        return running;
    }

    private static EmbeddedDatabase startEmbeddedDatabase(LaunchOptions options) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(options.postgresDir(), options.pgPort(),
                options.dataDir().resolve("postgres.log"), options.databasePasswordFile(),
                options.backupDir().orElse(null), options.statementStatistics());
        LOG.info("Database: embedded PostgreSQL on 127.0.0.1:{}, files in {}", embedded.port(),
                options.postgresDir());
        return embedded;
    }

    private static Framework startFramework(LaunchOptions options, Map<String, Object> properties) {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, Launcher.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchException("Aucun framework OSGi sur le class path du lanceur."));
        // Felix reads felix.log.logger as an object, although the standard signature says String values
        @SuppressWarnings({"unchecked", "rawtypes"})
        Framework framework = factory.newFramework((Map) properties);
        try {
            framework.init();
            List<Path> jars = new ArrayList<>(BundleDeployer.jars(options.bundlesDir()));
            jars.addAll(options.extraBundles());
            List<Bundle> bundles = BundleDeployer.installAll(framework.getBundleContext(), jars);
            framework.start();
            BundleDeployer.startAll(bundles,
                    options.shellPort() == 0 ? Set.of(BundleDeployer.REMOTE_SHELL) : Set.of());
            long active = bundles.stream().filter(b -> b.getState() == Bundle.ACTIVE).count();
            LOG.info("Felix started: {} bundles installed, {} active", bundles.size(), active);
            return framework;
        } catch (BundleException | RuntimeException e) {
            stopQuietly(framework);
            if (e instanceof LaunchException launchException) {
                throw launchException;
            }
            throw new LaunchException("Felix n'a pas démarré : " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            LOG.warn("Felix did not stop: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createDirectories(LaunchOptions options) {
        for (Path dir : List.of(options.dataDir(), options.deployDir(), options.etcDir())) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new LaunchException("Impossible de créer le dossier " + dir + " : " + e.getMessage(), e);
            }
        }
    }
}
