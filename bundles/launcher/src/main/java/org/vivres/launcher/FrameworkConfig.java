package org.vivres.launcher;

import java.util.HashMap;
import java.util.Map;

import org.osgi.framework.Constants;

/** The framework properties of one launch: where things are, which ports, and what the bundles read. */
final class FrameworkConfig {

    /** Property names the bundles read with {@code BundleContext.getProperty}. */
    static final String DB_URL = "vivres.db.url";
    static final String DB_USER = "vivres.db.user";
    static final String DB_PASSWORD = "vivres.db.password";
    static final String ADMIN_PASSWORD = "vivres.admin.password";
    static final String DEMO = "vivres.demo";
    static final String DATA_DIR = "vivres.data.dir";

    // slf4j lives on the launcher's class path so that every bundle logs through one binding
    private static final String SLF4J_VERSION = "2.0.17";
    static final String SYSTEM_PACKAGES_EXTRA = String.join(",",
            "org.slf4j;version=" + SLF4J_VERSION,
            "org.slf4j.spi;version=" + SLF4J_VERSION,
            "org.slf4j.event;version=" + SLF4J_VERSION,
            "org.slf4j.helpers;version=" + SLF4J_VERSION);

    private FrameworkConfig() {
    }

    /**
     * @param httpPort the resolved HTTP port (never 0)
     * @return String values, except {@code felix.log.logger} which Felix takes as an object
     */
    static Map<String, Object> of(LaunchOptions options, int httpPort, DatabaseSettings database) {
        Map<String, Object> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, options.felixCacheDir().toString());
        // bundles/ and deploy/ are installed afresh at each start, so a stale cache can never shadow a new jar
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SYSTEM_PACKAGES_EXTRA);
        props.put("felix.log.logger", new FelixLogBridge());
        props.put("felix.log.level", "2");

        props.put("org.osgi.service.http.port", Integer.toString(httpPort));
        props.put("org.apache.felix.http.host", options.host());

        props.putAll(FileInstallSetup.properties(options.etcDir(), options.deployDir(),
                options.fileInstallPollMillis()));

        // Gogo without a console; the remote shell serves it over telnet, on the loopback interface only
        props.put("gosh.args", "--nointeractive --noshutdown");
        props.put("osgi.shell.telnet.ip", "127.0.0.1");
        props.put("osgi.shell.telnet.port", Integer.toString(options.shellPort()));

        props.put(DB_URL, database.url());
        props.put(DB_USER, database.user());
        props.put(DB_PASSWORD, database.password());
        if (options.adminPassword() != null) {
            props.put(ADMIN_PASSWORD, options.adminPassword());
        }
        props.put(DEMO, Boolean.toString(options.demo()));
        props.put(DATA_DIR, options.dataDir().toString());

        props.putAll(options.frameworkProperties());
        return props;
    }
}
