package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks restore makes before touching anything, on a backup folder laid out by hand. */
class BackupVerificationTest {

    @TempDir
    Path root;

    private BackupFolder.Base base() throws Exception {
        Path dir = root.resolve("base").resolve("2026-12-07_010000");
        Files.createDirectories(dir.resolve("postgres").resolve("base"));
        Files.writeString(dir.resolve("postgres").resolve("base").resolve("1"), "table", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("wal"));
        Files.writeString(dir.resolve("wal").resolve("000000010000000000000002"), "wal 2", StandardCharsets.UTF_8);
        BackupFolder.Base base = new BackupFolder.Base(dir, Instant.parse("2026-12-07T01:00:00Z"),
                Instant.parse("2026-12-07T01:00:05Z"), "000000010000000000000002", "000000010000000000000002", 10);
        base.write();
        Sha256Manifest.write(dir);
        Path wal = root.resolve("wal");
        Files.createDirectories(wal);
        for (int n = 2; n <= 5; n++) {
            archive(wal, "00000001000000000000000" + n);
        }
        return base;
    }

    private static void archive(Path wal, String segment) throws Exception {
        Path file = wal.resolve(segment);
        Files.writeString(file, "segment " + segment, StandardCharsets.UTF_8);
        Files.writeString(wal.resolve("SHA256SUMS"), Sha256Manifest.sha256(file) + "  " + segment + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void aWholeBackupPasses() throws Exception {
        assertThat(BackupVerification.problems(base(), root.resolve("wal"))).isEmpty();
    }

    @Test
    void aChangedFileOfTheBaseBackupIsFound() throws Exception {
        BackupFolder.Base base = base();
        Files.writeString(base.postgres().resolve("base").resolve("1"), "tampered", StandardCharsets.UTF_8);

        assertThat(BackupVerification.problems(base, root.resolve("wal")))
                .containsExactly("fichier modifié depuis la sauvegarde : postgres/base/1");
    }

    @Test
    void aMissingOrChangedArchivedSegmentIsFound() throws Exception {
        BackupFolder.Base base = base();
        Files.delete(root.resolve("wal").resolve("000000010000000000000003"));
        Files.writeString(root.resolve("wal").resolve("000000010000000000000005"), "x", StandardCharsets.UTF_8);

        assertThat(BackupVerification.problems(base, root.resolve("wal"))).containsExactly(
                "segment WAL archivé modifié : 000000010000000000000005",
                "segment WAL manquant dans l'archive : 000000010000000000000003"
                        + " (le journal s'arrêterait là, perdant tout ce qui suit)");
    }
}
