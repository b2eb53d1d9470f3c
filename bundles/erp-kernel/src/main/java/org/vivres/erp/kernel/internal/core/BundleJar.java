package org.vivres.erp.kernel.internal.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.osgi.framework.Version;

/** What an uploaded jar says of itself in its manifest: a bundle or not, and which. */
record BundleJar(String symbolicName, String name, String version) {
    // a symbolic name becomes the file's name in deploy/: nothing that could leave the folder
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");

    /** The bundle in {@code bytes}; 422 {@code INVALID_BUNDLE} when it is no jar, or a jar that is no bundle. */
    static BundleJar read(byte[] bytes) {
        if (bytes == null || bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw Refusals.unprocessable("INVALID_BUNDLE");
        }
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(bytes))) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw Refusals.unprocessable("INVALID_BUNDLE");
            }
            Attributes main = manifest.getMainAttributes();
            String symbolicName = main.getValue("Bundle-SymbolicName");
            // "org.example.x;singleton:=true": the name is before the directives
            symbolicName = symbolicName == null ? "" : symbolicName.split(";", 2)[0].trim();
            if (!SYMBOLIC_NAME.matcher(symbolicName).matches()) {
                throw Refusals.unprocessable("INVALID_BUNDLE");
            }
            String version = main.getValue("Bundle-Version");
            try {
                version = Version.parseVersion(version).toString();
            } catch (IllegalArgumentException e) {
                throw Refusals.unprocessable("INVALID_BUNDLE");
            }
            String name = main.getValue("Bundle-Name");
            return new BundleJar(symbolicName, name == null || name.isBlank() ? symbolicName : name.trim(), version);
        } catch (IOException | SecurityException e) {
            throw Refusals.unprocessable("INVALID_BUNDLE");
        }
    }

    /** The file it goes to in deploy/ when no deployed bundle of that name has one already. */
    String fileName() {
        return symbolicName + ".jar";
    }
}
