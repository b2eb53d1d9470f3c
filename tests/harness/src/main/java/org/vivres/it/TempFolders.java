package org.vivres.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary folders a test run makes (a Felix cache, a PostgreSQL cluster: some 100 MB each), deleted when the
 * run ends: a build machine runs the suite many times, and what is left behind fills its disk.
 */
public final class TempFolders {
    private TempFolders() {
    }

    /** A new folder under the system's temporary folder, named {@code prefix...}. */
    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code folder} and all it holds; a file that cannot be deleted is left, and the rest goes. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A folder half deleted is still less than a folder left whole; the test's result stands.
        }
    }
}
