package org.vivres.reports.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step: compiles every {@code <name>.jrxml} found under a source folder (its sub-folders too) into
 * {@code <name>.jasper} in one output folder, so that no bundle compiles at run time (no Java compiler in the
 * reports engine, no start-up cost, and a template error breaks the build instead of a report request).
 * <p>
 * The parent pom runs it in every bundle on {@code reports/<bundle>/}, with this module on the plugin's class
 * path: the bundle ships the compiled templates without depending on JasperReports. A bundle without a
 * templates folder has nothing to compile.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /**
     * @param args the output folder for the {@code .jasper} files, then the folder of the {@code .jrxml} templates
     * @throws IOException when a folder cannot be read or written, or two templates have one name
     * @throws JRException when a template does not compile
     */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <output folder> <jrxml folder>");
        }
        Path source = Path.of(args[1]);
        if (!Files.isDirectory(source)) {
            return; // a bundle without reports
        }
        List<Path> compiled = compileAll(source, Path.of(args[0]));
        System.out.println("[reports] " + compiled.size() + " templates of " + source + " compiled into " + args[0]);
    }

    /** Compiles every template under {@code source} into {@code target}; returns the files written. */
    public static List<Path> compileAll(Path source, Path target) throws IOException, JRException {
        Map<String, Path> templates = templates(source);
        Files.createDirectories(target);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JasperReports finds its compiler and extensions through the context class loader.
        thread.setContextClassLoader(TemplateCompiler.class.getClassLoader());
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> template : templates.entrySet()) {
                Path out = target.resolve(template.getKey() + ".jasper");
                try {
                    JasperCompileManager.compileReportToFile(template.getValue().toString(), out.toString());
                } catch (JRException e) {
                    throw new JRException("template " + template.getValue() + " does not compile: " + e.getMessage(), e);
                }
                written.add(out);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return written;
    }

    /** The templates by name; a name is a report's in {@code /api/reports/{name}}, so two files may not share one. */
    private static Map<String, Path> templates(Path source) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .jrxml template in " + source);
        }
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.jrxml$", "");
            Path other = byName.putIfAbsent(name, file);
            if (other != null) {
                throw new IOException("two templates named " + name + ": " + other + " and " + file);
            }
        }
        return byName;
    }
}
