package org.vivres.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;

/** Sends the framework's own messages to slf4j (stderr) instead of Felix's default, stdout. */
final class FelixLogBridge extends Logger {

    private final org.slf4j.Logger log = LoggerFactory.getLogger("org.apache.felix.framework");

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String text = bundle == null ? msg : bundle.getSymbolicName() + ": " + msg;
        String cause = throwable == null ? "" : " (" + throwable + ")";
        switch (level) {
            case LOG_ERROR -> log.error("{}{}", text, cause);
            case LOG_WARNING -> log.warn("{}{}", text, cause);
            case LOG_INFO -> log.info("{}{}", text, cause);
            default -> log.debug("{}{}", text, cause, throwable);
        }
    }
}
