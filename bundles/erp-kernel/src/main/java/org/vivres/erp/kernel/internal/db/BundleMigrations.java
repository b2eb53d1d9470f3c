package org.vivres.erp.kernel.internal.db;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Feeds Flyway the migration files of one bundle. Flyway's own class-path scanning looks in the
 * bundle that embeds Flyway (the kernel), never in the contributing bundle, so the files are
 * listed through the OSGi bundle API instead.
 */
final class BundleMigrations implements ResourceProvider {
    private final List<SqlFile> files = new ArrayList<>();

    BundleMigrations(Bundle bundle, String path) {
        Enumeration<URL> entries = bundle.findEntries(path, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            files.add(new SqlFile(file, path + "/" + file, url));
        }
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.stream().filter(f -> f.getRelativePath().equals(name) || f.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (SqlFile f : files) {
            if (f.getFilename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(f.getFilename()::endsWith)) {
                found.add(f);
            }
        }
        return found;
    }

    private static final class SqlFile extends LoadableResource {
        private final String filename;
        private final String relativePath;
        private final URL url;

        SqlFile(String filename, String relativePath, URL url) {
            this.filename = filename;
            this.relativePath = relativePath;
            this.url = url;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return relativePath;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return relativePath;
        }
    }
}
