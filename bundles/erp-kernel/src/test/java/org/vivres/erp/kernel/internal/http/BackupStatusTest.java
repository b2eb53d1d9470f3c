package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupStatusTest {
    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private void lastBackupAt(Instant time) throws Exception {
        Files.writeString(dir.resolve("last-backup.properties"),
                "name=2026-12-07_020000\ntime=" + time.toString().replace(":", "\\:") + "\nsize=52000000\n");
    }

    @Test
    void aFreshBackupIsShownWithItsAgeAndSizeAndNoWarning() throws Exception {
        lastBackupAt(NOW.minusSeconds(2 * 3600 + 60));

        Map<String, Object> status = BackupStatus.describe(dir.toString(), Map.of("failing", false), CLOCK);

        assertThat(status.get("configured")).isEqualTo(true);
        assertThat(status.get("last")).isEqualTo(Map.of("name", "2026-12-07_020000",
                "time", "2026-12-07T11:59:00Z", "ageHours", 2L, "sizeBytes", 52_000_000L));
        assertThat(status.get("warnings")).isEqualTo(List.of());
    }

    @Test
    void aBackupOlderThanTheDailyPromiseOrFailingArchivingOrNoBackupAtAllIsAWarning() throws Exception {
        assertThat(BackupStatus.describe(dir.toString(), null, CLOCK).get("warnings")).isEqualTo(List.of("NO_BACKUP"));

        lastBackupAt(NOW.minusSeconds(27 * 3600));

        assertThat(BackupStatus.describe(dir.toString(), Map.of("failing", true), CLOCK).get("warnings"))
                .isEqualTo(List.of("BACKUP_TOO_OLD", "ARCHIVING_FAILED"));
    }

    @Test
    void withoutABackupFolderNothingIsPromisedSoNothingIsMissing() {
        Map<String, Object> status = BackupStatus.describe(null, null, CLOCK);

        assertThat(status.get("configured")).isEqualTo(false);
        assertThat(status.get("warnings")).isEqualTo(List.of());
    }
}
