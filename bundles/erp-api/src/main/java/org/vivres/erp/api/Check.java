package org.vivres.erp.api;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;

/**
 * Validation of request fields with the network's error codes (400, French/English messages).
 * Pure functions; each returns the checked value, normalised where it says so.
 */
public final class Check {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999.999");

    private Check() {
    }

    /** 400 {@code FIELD_REQUIRED} when {@code value} is null. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid("FIELD_REQUIRED", field);
        }
        return value;
    }

    /** Non-blank text of at most {@code maxLength} characters, trimmed. */
    public static String text(String value, String field, int maxLength) {
        required(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw invalid("FIELD_REQUIRED", field);
        }
        if (trimmed.length() > maxLength || trimmed.chars().anyMatch(c -> c < 0x20)) {
            throw invalid("INVALID_TEXT", field, maxLength);
        }
        return trimmed;
    }

    /**
     * An identifier read or typed at a till or a keyboard (SKU, card number, username, code): non-blank, trimmed,
     * normalised to NFKC (full-width digits become ASCII digits) and then printable ASCII only. Look-alikes pass
     * visual checks but not database lookups: a Cyrillic "А", a zero-width space or a direction override would make
     * a second card or account that looks like the first. 422 {@code INVALID_CHARACTERS} otherwise.
     */
    public static String identifier(String value, String field, int maxLength) {
        required(value, field);
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (normalised.isEmpty()) {
            throw invalid("FIELD_REQUIRED", field);
        }
        if (!normalised.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "INVALID_CHARACTERS", Check.class, field);
        }
        if (normalised.length() > maxLength) {
            throw invalid("INVALID_TEXT", field, maxLength);
        }
        return normalised;
    }

    /** An amount in euros ≥ 0 with at most 2 decimals, returned at scale 2. */
    public static BigDecimal amount(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() < 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2
                || value.compareTo(MAX_AMOUNT) > 0) {
            throw invalid("INVALID_AMOUNT", field);
        }
        return Money.euros(value);
    }

    /** An amount in euros &gt; 0 with at most 2 decimals, returned at scale 2. */
    public static BigDecimal positiveAmount(BigDecimal value, String field) {
        BigDecimal amount = amount(value, field);
        if (amount.signum() == 0) {
            throw invalid("INVALID_AMOUNT", field);
        }
        return amount;
    }

    /** A quantity &gt; 0 with at most 3 decimals, returned at scale 3. */
    public static BigDecimal quantity(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 3 || value.compareTo(MAX_QUANTITY) > 0) {
            throw invalid("INVALID_QUANTITY", field);
        }
        return Money.quantity(value);
    }

    /** A percentage in ]0, max]. */
    public static BigDecimal percent(BigDecimal value, String field, BigDecimal max) {
        required(value, field);
        if (value.signum() <= 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 4) {
            throw invalid("INVALID_PERCENT", field, max.toPlainString());
        }
        return value;
    }

    /** One of {@code allowed}. */
    public static String oneOf(String value, String field, Collection<String> allowed) {
        required(value, field);
        if (!allowed.contains(value)) {
            throw invalid("INVALID_VALUE", field, String.join(", ", allowed));
        }
        return value;
    }

    /** 404 {@code NOT_FOUND} when {@code value} is null (absent, or of an unreadable organization). */
    public static <T> T found(T value, String what) {
        if (value == null) {
            throw new ErpException(ErrorStatus.NOT_FOUND, "NOT_FOUND", Check.class, what);
        }
        return value;
    }

    /** A 400 refusal of {@code field} with message {@code code}. */
    public static ErpException invalid(String code, String field, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = field;
        System.arraycopy(more, 0, args, 1, more.length);
        return new ErpException(ErrorStatus.BAD_REQUEST, code, Check.class, args);
    }
}
