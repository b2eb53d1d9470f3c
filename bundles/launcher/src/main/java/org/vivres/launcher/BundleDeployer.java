package org.vivres.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Installs the distribution's bundles, then starts them; one that fails is logged and the others go on. */
final class BundleDeployer {

    static final String REMOTE_SHELL = "org.apache.felix.shell.remote";
    // ConfigAdmin first so that configurations are there when components activate; FileInstall last so that
    // bundles dropped into deploy/ start after the distribution's own
    private static final String FIRST = "org.apache.felix.configadmin";
    private static final String LAST = "org.apache.felix.fileinstall";

    private static final Logger LOG = LoggerFactory.getLogger(BundleDeployer.class);

    private BundleDeployer() {
    }

    static List<Bundle> installAll(BundleContext context, List<Path> jars) {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            try {
                installed.add(context.installBundle(jar.toUri().toString()));
            } catch (BundleException | RuntimeException e) {
                LOG.error("Bundle {} not installed: {}", jar.getFileName(), oneLine(e));
            }
        }
        return installed;
    }

    /** @param skipped symbolic names to leave installed but not started */
    static void startAll(List<Bundle> bundles, Set<String> skipped) {
        List<Bundle> ordered = new ArrayList<>(bundles);
        ordered.sort(Comparator.comparingInt(BundleDeployer::rank));
        for (Bundle bundle : ordered) {
            if (isFragment(bundle) || skipped.contains(bundle.getSymbolicName())) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException | RuntimeException e) {
                LOG.error("Bundle {} {} not started: {}", bundle.getSymbolicName(), bundle.getVersion(), oneLine(e));
            }
        }
    }

    /** The jars of the distribution's {@code bundles/} folder, by file name. */
    static List<Path> jars(Path bundlesDir) {
        if (!Files.isDirectory(bundlesDir)) {
            throw new LaunchException("Dossier de bundles introuvable : " + bundlesDir
                    + " (construisez la distribution avec « mvn install »).");
        }
        try (Stream<Path> files = Files.list(bundlesDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rank(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return FIRST.equals(name) ? 0 : LAST.equals(name) ? 2 : 1;
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
