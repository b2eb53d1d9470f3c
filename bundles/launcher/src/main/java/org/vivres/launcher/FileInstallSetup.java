package org.vivres.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Felix FileInstall watches {@code etc/} ({@code *.cfg} → ConfigAdmin) and {@code deploy/} (bundle jars: install,
 * update, uninstall). Both come from one comma-separated {@code felix.fileinstall.dir}, which FileInstall turns into
 * one watcher per folder at start. (A second watcher made from a factory configuration in {@code etc/} raced with
 * ConfigAdmin at start and sometimes came up watching FileInstall's default {@code ./load} instead.)
 */
final class FileInstallSetup {

    private FileInstallSetup() {
    }

    static Map<String, String> properties(Path etcDir, Path deployDir, long pollMillis) {
        for (Path dir : new Path[] {etcDir, deployDir}) {
            if (dir.toString().contains(",")) {
                throw new LaunchException("Le chemin " + dir + " contient une virgule, ce que FileInstall ne"
                        + " permet pas ; choisissez un autre dossier --data.");
            }
        }
        return Map.of(
                "felix.fileinstall.dir", etcDir + "," + deployDir,
                // the same filter serves both folders: configurations and bundles
                "felix.fileinstall.filter", ".*\\.(cfg|config|jar)",
                "felix.fileinstall.poll", Long.toString(pollMillis),
                "felix.fileinstall.noInitialDelay", "true",
                "felix.fileinstall.bundles.new.start", "true",
                "felix.fileinstall.log.default", "jul",
                // info: one line per bundle installed, updated or uninstalled, and per configuration applied
                "felix.fileinstall.log.level", "3");
    }
}
