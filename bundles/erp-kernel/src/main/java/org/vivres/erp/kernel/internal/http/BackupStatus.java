package org.vivres.erp.kernel.internal.http;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The backups as a network admin sees them on /api/health: the newest base backup (from the status file that
 * {@code vivres backup} writes in the backup folder, framework property {@code vivres.backup.dir}) with its age and
 * size, PostgreSQL's own archiver statistics, and warnings when the newest backup is older than the daily retention
 * promises or archiving fails. Reads files and a statistics view only: it never depends on the launcher's classes.
 */
final class BackupStatus {
    static final String DIR_PROPERTY = "vivres.backup.dir";
    /** A daily backup plus two hours' slack: older than this, the retention's "one a day" no longer holds. */
    static final Duration TOO_OLD = Duration.ofHours(26);

    private BackupStatus() {
    }

    /**
     * @param dir the backup folder, or null when none is configured
     * @param archiver what {@link #archiver(DataSource)} read, or null
     */
    static Map<String, Object> describe(String dir, Map<String, Object> archiver, Clock clock) {
        Map<String, Object> backup = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        backup.put("configured", dir != null);
        if (dir != null) {
            backup.put("dir", dir);
            Properties last = lastBackup(Path.of(dir));
            if (last == null) {
                warnings.add("NO_BACKUP");
            } else {
                Instant time = Instant.parse(last.getProperty("time"));
                long ageHours = Duration.between(time, clock.instant()).toHours();
                backup.put("last", Map.of("name", last.getProperty("name", ""), "time", time.toString(),
                        "ageHours", ageHours, "sizeBytes", Long.parseLong(last.getProperty("size", "0"))));
                if (Duration.between(time, clock.instant()).compareTo(TOO_OLD) > 0) {
                    warnings.add("BACKUP_TOO_OLD");
                }
            }
        }
        if (archiver != null) {
            backup.put("archiving", archiver);
            if (Boolean.TRUE.equals(archiver.get("failing"))) {
                warnings.add("ARCHIVING_FAILED");
            }
        }
        backup.put("warnings", warnings);
        return backup;
    }

    private static Properties lastBackup(Path dir) {
        Path file = dir.resolve("last-backup.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            Instant.parse(p.getProperty("time", ""));
            return p;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: reported as no backup, which is what it is worth
        }
    }

    /** pg_stat_archiver; failing when the newest failure is newer than the newest success. Null if unreadable. */
    static Map<String, Object> archiver(DataSource database) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select current_setting('archive_mode'), archived_count, last_archived_wal,"
                     + " last_archived_time, failed_count, last_failed_wal, last_failed_time from pg_stat_archiver")) {
            if (!r.next()) {
                return null;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("mode", r.getString(1));
            a.put("archivedCount", r.getLong(2));
            a.put("lastArchivedWal", r.getString(3));
            Timestamp archived = r.getTimestamp(4);
            a.put("lastArchivedTime", archived == null ? null : archived.toInstant().toString());
            a.put("failedCount", r.getLong(5));
            a.put("lastFailedWal", r.getString(6));
            Timestamp failed = r.getTimestamp(7);
            a.put("lastFailedTime", failed == null ? null : failed.toInstant().toString());
            a.put("failing", failed != null && (archived == null || failed.after(archived)));
            return a;
        } catch (Exception e) {
            return null; // the database is down: the health status already says so
        }
    }
}
