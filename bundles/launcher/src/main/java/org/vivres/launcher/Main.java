package org.vivres.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code vivres run [options]}: starts Vivres, prints {@code Vivres ready on http://127.0.0.1:PORT/} once
 * /api/health is UP, and runs until the framework stops or the process gets SIGTERM/SIGINT.
 * {@code vivres backup} and {@code vivres restore}: see {@link Backup} and {@link Restore}.
 * Exit codes: 0 stopped (or backed up, or restored), 1 could not start (or the backup or restore failed or was
 * refused), 2 bad command line.
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
        List<String> rest = args.subList(1, args.size());
        try {
            switch (command) {
                case "run":
                    return runUntilStopped(withBackupSettings(
                            CommandLine.parseRun(rest, Main::distOfThisJar, System.getenv())));
                case "backup":
                    return backup(BackupCommands.parseBackup(rest));
                case "verify-archive":
                    return VerifyArchiveCommand.run(rest, System.out, System.err);
                case "restore":
                    return restore(BackupCommands.parseRestore(rest, Main::distOfThisJar, ZoneId.systemDefault()));
                default:
                    return usageError("commande inconnue : « " + command + " »");
            }
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
    }

    /** {@code --backup-dir} is remembered in etc/backup.properties; without it, that file says where backups go. */
    private static LaunchOptions withBackupSettings(LaunchOptions options) {
        try {
            if (options.backupDir().isPresent()) {
                BackupSettings.writeDir(options.etcDir(), options.backupDir().get());
                return options;
            }
            return BackupSettings.read(options.etcDir()).map(s -> options.withBackupDir(s.dir())).orElse(options);
        } catch (IOException | LaunchException e) {
            LoggerFactory.getLogger(Main.class).warn("Backup settings: {}", e.getMessage());
            return options;
        }
    }

    private static int backup(BackupCommands.BackupArgs args) {
        Path data = args.dataDir().toAbsolutePath().normalize();
        try {
            Optional<BackupSettings> settings = BackupSettings.read(data.resolve("etc"));
            Path to = args.to() != null ? args.to()
                    : settings.map(BackupSettings::dir).orElseThrow(() -> new LaunchException(
                            "Où sauvegarder ? Donnez --to DOSSIER, ou lancez Vivres avec --backup-dir DOSSIER."));
            Retention retention = settings.map(BackupSettings::retention).orElse(Retention.DEFAULT);
            if (args.dbUrl() != null) {
                new ServerBackup(data, to, System.out).take(args.dbUrl(), args.dbUser(),
                        System.getenv(CommandLine.DB_PASSWORD_ENV), retention);
            } else {
                new Backup(data, to, System.out).take(retention);
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("Erreur : sauvegarde interrompue ; rien n'a été gardé.");
            return 1;
        } catch (LaunchException e) {
            System.err.println("Erreur : " + e.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("Erreur : la sauvegarde a échoué (" + e + ") ; rien n'a été gardé.");
            return 1;
        }
    }

    private static int restore(BackupCommands.RestoreArgs args) {
        try {
            new Restore(args.distDir(), System.out).restore(args.from(), args.at(), args.dataDir());
            return 0;
        } catch (LaunchException e) {
            System.err.println("Erreur : " + e.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("Erreur : la restauration a échoué (" + e + ") ; le dossier de données est intact.");
            return 1;
        }
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
