package org.vivres.reports.internal.engine;

import net.sf.jasperreports.engine.JRException;

/** Runs JasperReports work with the context class loader it needs in OSGi. */
final class Jasper {

    /** JasperReports work that may fail. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws JRException;
    }

    private Jasper() {
    }

    /**
     * Runs {@code work} with {@code loader} as the thread's context class loader: JasperReports finds its
     * extensions (fonts, exporters, components) and the classes of compiled expressions through it, and
     * in OSGi the request thread's own loader sees none of them.
     *
     * @throws IllegalStateException wrapping a JasperReports failure (a template or export bug: 500)
     */
    static <T> T withLoader(ClassLoader loader, Work<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.run();
        } catch (JRException e) {
            throw new IllegalStateException("JasperReports failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
