package org.vivres.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code vivres run [options]}: starts Vivres, prints {@code Vivres ready on http://127.0.0.1:PORT/} once
 * /api/health is UP, and runs until the framework stops or the process gets SIGTERM/SIGINT.
 * Exit codes: 0 stopped, 1 could not start, 2 bad command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        if (args.isEmpty()) {
            return usageError("indiquez une commande");
        }
        String command = args.get(0);
        if (List.of("help", "--help", "-h").contains(command) || args.contains("--help") || args.contains("-h")) {
            System.out.print(CommandLine.USAGE);
            return 0;
        }
        if (!command.equals("run")) {
            return usageError("commande inconnue : « " + command + " »");
        }
        LaunchOptions options;
        try {
            options = CommandLine.parseRun(args.subList(1, args.size()), Main::distOfThisJar, System.getenv());
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        return runUntilStopped(options);
    }

    private static int runUntilStopped(LaunchOptions options) {
        // FileInstall and others log through java.util.logging; one format for all on stderr
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Logger log = LoggerFactory.getLogger(Main.class);
        RunningVivres running;
        try {
            running = Launcher.start(options.withWaitForHealth(false));
        } catch (LaunchException e) {
            log.error("{}", e.getMessage());
            return 1;
        }
        // registered before waiting for health, so that a SIGTERM during start-up still stops PostgreSQL cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "vivres-shutdown"));
        try {
            running.awaitHealthy(options.healthTimeout());
        } catch (LaunchException e) {
            log.error("{}", e.getMessage());
            running.close();
            return 1;
        }
        System.out.println("Vivres ready on " + running.baseUrl());
        System.out.flush();
        try {
            running.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Felix stopped (shell "stop 0", or SIGTERM): main's System.exit runs the hook, which stops the database;
        // during a SIGTERM it just waits for the hook already running.
        return 0;
    }

    private static int usageError(String message) {
        PrintStream err = System.err;
        err.println("Erreur : " + message);
        err.println();
        err.print(CommandLine.USAGE);
        return 2;
    }

    /** {@code <dist>/lib/launcher-*.jar} → {@code <dist>}, so that {@code java -cp 'lib/*' ...} needs no --dist. */
    private static Path distOfThisJar() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.getParent() != null
                    && location.getParent().getParent() != null) {
                return location.getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the explicit default
        }
        return Path.of("bundles/launcher/target/vivres");
    }
}
