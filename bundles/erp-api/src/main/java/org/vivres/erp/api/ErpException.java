package org.vivres.erp.api;

import java.util.Arrays;

/**
 * A refusal that reaches the client as {@code {"error":{"code","message"}}} with its status.
 * <p>
 * The message is looked up under the key {@code code} in the resource bundle {@code i18n/messages}
 * of the bundle that defines {@code messageAnchor} (French by default, English with
 * {@code Accept-Language: en}) and formatted with {@code args} ({@link java.text.MessageFormat}).
 * Throwing it from a handler or a hook rolls the whole transaction back.
 */
public class ErpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorStatus status;
    private final String code;
    private final transient Class<?> messageAnchor;
    private final transient Object[] args;

    /**
     * @param status        the HTTP status
     * @param code          the UPPER_SNAKE error code, also the message key
     * @param messageAnchor a class of the bundle whose {@code i18n/messages*.properties} hold the message
     * @param args          message arguments
     */
    public ErpException(ErrorStatus status, String code, Class<?> messageAnchor, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.status = status;
        this.code = code;
        this.messageAnchor = messageAnchor;
        this.args = args.clone();
    }

    public ErrorStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The class whose bundle holds the message for {@link #code()}. */
    public Class<?> messageAnchor() {
        return messageAnchor;
    }

    public Object[] args() {
        return args.clone();
    }
}
