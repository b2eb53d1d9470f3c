package org.vivres.erp.kernel.internal.db;

import org.osgi.framework.BundleContext;

/**
 * Where the database is: framework properties set by the launcher ({@code vivres.db.url},
 * {@code vivres.db.user}, {@code vivres.db.password}, {@code vivres.db.pool}).
 */
record DatabaseSettings(String url, String user, String password, int poolSize) {

    static DatabaseSettings from(BundleContext context) {
        String url = context.getProperty("vivres.db.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("vivres.db.url is not set: start Vivres with ./vivres run");
        }
        String pool = context.getProperty("vivres.db.pool");
        return new DatabaseSettings(url, orEmpty(context.getProperty("vivres.db.user")),
                orEmpty(context.getProperty("vivres.db.password")), pool == null ? 20 : Integer.parseInt(pool));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
