package org.vivres.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies the {@link Retention} to a backup folder: deletes the base backups it does not keep, then the archived WAL
 * older than the oldest kept base backup's first segment (no kept backup can replay it). Timeline history files stay.
 */
final class Pruning {

    private Pruning() {
    }

    /** @return the names of the base backups deleted */
    static List<String> apply(BackupFolder folder, Retention retention, ZoneId zone) throws IOException {
        List<BackupFolder.Base> bases = folder.list();
        if (bases.isEmpty()) {
            return List.of();
        }
        Set<LocalDateTime> kept = retention.keep(bases.stream().map(b -> local(b, zone)).toList());
        List<String> deleted = new ArrayList<>();
        String oldestKeptStart = null;
        for (BackupFolder.Base base : bases) {
            if (kept.contains(local(base, zone))) {
                if (oldestKeptStart == null || base.startWal().compareTo(oldestKeptStart) < 0) {
                    oldestKeptStart = base.startWal();
                }
            } else {
                TreeCopy.delete(base.dir());
                deleted.add(base.name());
            }
        }
        if (oldestKeptStart != null && Files.isDirectory(folder.wal())) {
            deleteWalBefore(folder.wal(), oldestKeptStart);
        }
        return deleted;
    }

    /**
     * Segment names sort as their timeline then position, so an older name is older WAL (or an older timeline,
     * which a newer base backup does not need). {@code .backup} and {@code .partial} files go with their segment.
     */
    private static void deleteWalBefore(Path wal, String oldest) throws IOException {
        try (Stream<Path> files = Files.list(wal)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.length() >= 24 && WalSegments.isSegment(name.substring(0, 24))
                        && !name.endsWith(".history") && name.substring(0, 24).compareTo(oldest) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static LocalDateTime local(BackupFolder.Base base, ZoneId zone) {
        return LocalDateTime.ofInstant(base.stop(), zone);
    }
}
