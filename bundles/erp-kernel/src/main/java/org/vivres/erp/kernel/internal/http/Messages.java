package org.vivres.erp.kernel.internal.http;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.vivres.erp.api.ErpException;

/**
 * Error messages from the {@code i18n/messages} bundle of the bundle that raised the error. An argument that names a
 * field of the API ({@code vatRate}, {@code lines[2].quantity}) is said with the words of the form people fill
 * ({@code field.vatRate} of that bundle, else of {@code erp-api}'s): the API's names mean nothing to them.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]*(\\[\\d+\\])?(\\.[a-zA-Z][A-Za-z0-9]*(\\[\\d+\\])?)*");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private Messages() {
    }

    public static String of(ErpException e, Locale locale) {
        Class<?> anchor = e.messageAnchor() == null ? Messages.class : e.messageAnchor();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, anchor.getClassLoader(), NO_JVM_FALLBACK);
            ResourceBundle shared = shared(locale);
            Object[] args = e.args().clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String s && FIELD.matcher(s).matches()) {
                    args[i] = words(s, bundle, shared, locale);
                }
            }
            return new MessageFormat(bundle.getString(e.code()), locale).format(args);
        } catch (MissingResourceException missing) {
            return e.code();
        }
    }

    /** erp-api's messages, where the words of the fields every bundle shares are kept; null when unreadable. */
    private static ResourceBundle shared(Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale, ErpException.class.getClassLoader(), NO_JVM_FALLBACK);
        } catch (MissingResourceException none) {
            return null;
        }
    }

    /**
     * "lines[2].quantity" → « quantité (ligne 3) »: the last part's words, with the line people count from 1; the
     * field's own name when no words are known for it.
     */
    static String words(String field, ResourceBundle bundle, ResourceBundle shared, Locale locale) {
        String plain = INDEX.matcher(field).replaceAll("");
        String last = plain.substring(plain.lastIndexOf('.') + 1);
        String words = lookup("field." + plain, bundle, shared);
        if (words == null) {
            words = lookup("field." + last, bundle, shared);
        }
        if (words == null) {
            return field;
        }
        var index = INDEX.matcher(field);
        String line = lookup("field.lineNumber", bundle, shared);
        if (index.find() && line != null) {
            words = words + " " + new MessageFormat(line, locale).format(new Object[] {Integer.parseInt(index.group(1)) + 1});
        }
        return words;
    }

    private static String lookup(String key, ResourceBundle bundle, ResourceBundle shared) {
        for (ResourceBundle b : new ResourceBundle[] {bundle, shared}) {
            if (b != null && b.containsKey(key)) {
                // Kept as message texts (apostrophes doubled), so read through MessageFormat like them.
                return new MessageFormat(b.getString(key), Locale.ROOT).format(new Object[0]);
            }
        }
        return null;
    }
}
