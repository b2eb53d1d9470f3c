package org.vivres.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code vivres restore FROM [--at TIME] [--data DIR]}: verifies the backup, then rebuilds the system in a folder
 * beside DIR (DIR itself is not touched until the very end): the base backup's files, PostgreSQL in recovery up to
 * TIME (or the end of the archive) with PostgreSQL's own point-in-time recovery, promoted; then Vivres started on it
 * and checked ({@link RestoreCheck}), stopped, and the folder renamed to DIR. Any refusal or failure leaves DIR as it
 * was and removes the folder beside it.
 */
final class Restore {

    private static final DateTimeFormatter TARGET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private final Path distDir;
    private final PrintStream out;

    Restore(Path distDir, PrintStream out) {
        this.distDir = distDir;
        this.out = out;
    }

    /** @throws LaunchException with the reason, in French, when the backup is refused or the restored system fails */
    void restore(Path from, Optional<OffsetDateTime> at, Path dataDir) throws IOException, SQLException {
        long started = System.nanoTime();
        Path target = dataDir.toAbsolutePath().normalize();
        requireEmpty(target);
        BackupFolder folder = folderOf(from.toAbsolutePath().normalize());
        BackupFolder.Base base = choose(folder, from.toAbsolutePath().normalize(), at);
        if (Files.exists(base.dir().resolve(ServerBackup.SERVER_FILE))) {
            throw new LaunchException("La sauvegarde " + base.dir() + " est celle d'un serveur PostgreSQL externe "
                    + "(--db-url) : restaurez-la sur ce serveur avec ses outils (README, « Sauvegarde et "
                    + "restauration ») ; rien n'a été restauré dans " + target + ".");
        }
        out.println("Vérification de la sauvegarde " + base.dir() + "...");
        List<String> problems = BackupVerification.problems(base, folder.wal());
        if (!problems.isEmpty()) {
            throw new LaunchException("Sauvegarde refusée, rien n'a été restauré dans " + target + " :\n  - "
                    + String.join("\n  - ", problems));
        }
        Path work = target.resolveSibling("." + target.getFileName() + ".restauration");
        TreeCopy.delete(work); // what a restore interrupted earlier left
        try {
            prepare(base, folder, at, work);
            List<String> notes = new ArrayList<>();
            out.println("Rejeu du journal" + at.map(t -> " jusqu'au " + t).orElse(" jusqu'à la fin de l'archive")
                    + ", puis démarrage de Vivres pour vérifier...");
            try (RunningVivres running = Launcher.start(LaunchOptions.ephemeral(distDir, work))) {
                List<String> wrong = RestoreCheck.problems(running, notes);
                if (!wrong.isEmpty()) {
                    throw new LaunchException("Le système restauré ne passe pas la vérification :\n  - "
                            + String.join("\n  - ", wrong));
                }
            }
            Files.deleteIfExists(target); // empty, checked above
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("Santé UP ; " + String.join(" ; ", notes) + ".");
            out.printf("Restauré dans %s en %d s (sauvegarde %s). Restored.%n", target,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), base.name());
        } catch (IOException | SQLException | RuntimeException e) {
            String log = postgresLog(work);
            TreeCopy.delete(work);
            if (e instanceof LaunchException && !log.isEmpty()) {
                throw new LaunchException(e.getMessage() + "\nJournal de PostgreSQL :\n" + log, e);
            }
            throw e;
        }
    }

    private static void requireEmpty(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new LaunchException(target + " n'est pas un dossier : la restauration va dans un dossier vide.");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new LaunchException("Le dossier " + target + " n'est pas vide : la restauration ne remplace "
                        + "rien ; choisissez un dossier vide avec --data.");
            }
        }
    }

    /** FROM is the backup folder (base/, wal/) or one of its base backups. */
    private static BackupFolder folderOf(Path from) {
        if (Files.isDirectory(from.resolve("base"))) {
            return new BackupFolder(from);
        }
        if (Files.isRegularFile(from.resolve(BackupFolder.INFO_FILE)) && from.getParent() != null
                && from.getParent().getParent() != null) {
            return new BackupFolder(from.getParent().getParent());
        }
        throw new LaunchException(from + " n'est pas une sauvegarde Vivres (ni base/ ni " + BackupFolder.INFO_FILE
                + ").");
    }

    /** The newest base backup finished before the target (PostgreSQL cannot stop a replay before its end). */
    private static BackupFolder.Base choose(BackupFolder folder, Path from, Optional<OffsetDateTime> at)
            throws IOException {
        if (Files.isRegularFile(from.resolve(BackupFolder.INFO_FILE))) {
            return BackupFolder.Base.read(from)
                    .orElseThrow(() -> new LaunchException(from.resolve(BackupFolder.INFO_FILE) + " est illisible."));
        }
        List<BackupFolder.Base> bases = folder.list().stream()
                .filter(b -> at.isEmpty() || b.stop().isBefore(at.get().toInstant())).toList();
        if (bases.isEmpty()) {
            throw new LaunchException("Aucune sauvegarde de base dans " + folder.bases()
                    + at.map(t -> " terminée avant le " + t).orElse("") + ".");
        }
        return bases.get(bases.size() - 1);
    }

    private void prepare(BackupFolder.Base base, BackupFolder folder, Optional<OffsetDateTime> at, Path work)
            throws IOException {
        out.println("Copie de la sauvegarde de base " + base.name() + "...");
        Path pgData = work.resolve("postgres");
        TreeCopy.folder(base.postgres(), pgData);
        TreeCopy.folder(base.dir().resolve("etc"), work.resolve("etc"));
        TreeCopy.folder(base.dir().resolve("deploy"), work.resolve("deploy"));
        Files.createDirectories(pgData.resolve("pg_wal").resolve("archive_status"));
        StringBuilder recovery = new StringBuilder("\n# vivres restore (removed once promoted)\n");
        recovery.append("restore_command = ")
                .append(ArchiveCommand.literal(ArchiveCommand.restoreFrom(folder.wal(), base.wal()))).append('\n');
        at.ifPresent(t -> recovery.append("recovery_target_time = ").append(ArchiveCommand.literal(t.format(TARGET)))
                .append('\n'));
        recovery.append("recovery_target_action = 'promote'\n");
        Files.writeString(pgData.resolve("postgresql.auto.conf"), recovery, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.createFile(pgData.resolve(EmbeddedDatabase.RECOVERY_SIGNAL));
    }

    /** PostgreSQL's FATAL and ERROR lines of the failed restore, for the message (the folder is deleted). */
    private static String postgresLog(Path work) {
        Path log = work.resolve("postgres.log");
        try {
            if (!Files.isRegularFile(log)) {
                return "";
            }
            return String.join("\n", Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("FATAL") || l.contains("ERROR") || l.contains("recovery"))
                    .limit(20).toList());
        } catch (IOException e) {
            return "";
        }
    }
}
