package org.vivres.reports.internal.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step: compiles every {@code <name>.jrxml} of the source folder into {@code <name>.jasper} in
 * the output folder, so that the bundle never compiles at run time (no Java compiler in the bundle,
 * no start-up cost, and a template error breaks the build instead of a report request).
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /**
     * @param args the folder of the {@code .jrxml} templates, the folder for the {@code .jasper} files
     * @throws IOException  when a folder cannot be read or written
     * @throws JRException  when a template does not compile
     */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <jrxml folder> <output folder>");
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("[reports] " + compiled.size() + " templates compiled into " + args[1]);
    }

    /** Compiles every template of {@code source} into {@code target}; returns the files written. */
    public static List<Path> compileAll(Path source, Path target) throws IOException, JRException {
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IOException("no .jrxml template in " + source);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JasperReports finds its compiler and extensions through the context class loader.
        thread.setContextClassLoader(TemplateCompiler.class.getClassLoader());
        try {
            for (Path template : templates) {
                String name = template.getFileName().toString().replaceFirst("\\.jrxml$", "");
                Path out = target.resolve(name + ".jasper");
                try {
                    JasperCompileManager.compileReportToFile(template.toString(), out.toString());
                } catch (JRException e) {
                    throw new JRException("template " + template + " does not compile: " + e.getMessage(), e);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return templates.stream().map(t -> target.resolve(t.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper")))
                .toList();
    }
}
