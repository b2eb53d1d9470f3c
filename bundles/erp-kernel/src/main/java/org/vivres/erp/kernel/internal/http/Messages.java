package org.vivres.erp.kernel.internal.http;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.vivres.erp.api.ErpException;

/** Error messages from the {@code i18n/messages} bundle of the bundle that raised the error. */
public final class Messages {
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String of(ErpException e, Locale locale) {
        Class<?> anchor = e.messageAnchor() == null ? Messages.class : e.messageAnchor();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, anchor.getClassLoader(), NO_JVM_FALLBACK);
            return new MessageFormat(bundle.getString(e.code()), locale).format(e.args());
        } catch (MissingResourceException missing) {
            return e.code();
        }
    }
}
