package org.vivres.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code SHA256SUMS}: one line per file, {@code <sha-256 hex>  <path relative to the folder>}, the format of
 * coreutils' {@code sha256sum}, so that an admin can also check a backup by hand with {@code sha256sum -c SHA256SUMS}.
 */
final class Sha256Manifest {

    static final String FILE_NAME = "SHA256SUMS";

    private Sha256Manifest() {
    }

    /** Writes the manifest of every file under {@code folder}; returns their total size in bytes. */
    static long write(Path folder) throws IOException {
        StringBuilder lines = new StringBuilder();
        long size = 0;
        for (Path file : files(folder)) {
            lines.append(sha256(file)).append("  ").append(relative(folder, file)).append('\n');
            size += Files.size(file);
        }
        Files.writeString(folder.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
        return size;
    }

    /** What differs from the manifest: missing, changed or unlisted files, in French; empty when all match. */
    static List<String> verify(Path folder) throws IOException {
        Path manifest = folder.resolve(FILE_NAME);
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            problems.add("le manifeste " + manifest + " manque");
            return problems;
        }
        Map<String, String> expected = read(manifest);
        for (Path file : files(folder)) {
            String name = relative(folder, file);
            String sum = expected.remove(name);
            if (sum == null) {
                problems.add("fichier absent du manifeste : " + name);
            } else if (!sum.equals(sha256(file))) {
                problems.add("fichier modifié depuis la sauvegarde : " + name);
            }
        }
        expected.keySet().forEach(name -> problems.add("fichier manquant : " + name));
        return problems;
    }

    /** The lines of a manifest, name → checksum; a name listed twice keeps its last checksum. */
    static Map<String, String> read(Path manifest) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap == 64) {
                sums.put(line.substring(gap + 2), line.substring(0, gap));
            } else if (!line.isBlank()) {
                sums.put(line, "ligne illisible");
            }
        }
        return sums;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> files(Path folder) throws IOException {
        Path manifest = folder.resolve(FILE_NAME);
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.equals(manifest)).sorted().toList();
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
