package org.vivres.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code vivres restore} checks before it touches anything: the base backup's files against its SHA256SUMS,
 * its own WAL segments, and the archived segments from its first one on — each against the archive's SHA256SUMS,
 * and no hole in the chain (PostgreSQL would stop replaying at a hole and silently lose what follows).
 */
final class BackupVerification {

    private BackupVerification() {
    }

    /** @param archive the continuous archive's {@code wal/} (may not exist) */
    static List<String> problems(BackupFolder.Base base, Path archive) throws IOException {
        List<String> problems = new ArrayList<>(Sha256Manifest.verify(base.dir()));
        Set<String> present = new HashSet<>(names(base.wal()));
        for (String segment : WalSegments.range(base.startWal(), base.stopWal())) {
            if (!present.contains(segment)) {
                problems.add("segment WAL manquant dans la sauvegarde de base : " + segment);
            }
        }
        List<String> archived = names(archive).stream().filter(WalSegments::isSegment)
                .filter(n -> WalSegments.timeline(n).equals(WalSegments.timeline(base.startWal())))
                .filter(n -> WalSegments.number(n) >= WalSegments.number(base.startWal())).sorted().toList();
        if (!archived.isEmpty()) {
            Path sumsFile = archive.resolve(Sha256Manifest.FILE_NAME);
            Map<String, String> sums = Files.isRegularFile(sumsFile) ? Sha256Manifest.read(sumsFile) : Map.of();
            for (String segment : archived) {
                String expected = sums.get(segment);
                if (expected == null) {
                    problems.add("segment WAL archivé sans somme de contrôle : " + segment);
                } else if (!expected.equals(Sha256Manifest.sha256(archive.resolve(segment)))) {
                    problems.add("segment WAL archivé modifié : " + segment);
                }
            }
        }
        present.addAll(archived);
        for (String hole : WalSegments.holes(base.startWal(), present)) {
            problems.add("segment WAL manquant dans l'archive : " + hole
                    + " (le journal s'arrêterait là, perdant tout ce qui suit)");
        }
        return problems;
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
