package org.vivres.erp.kernel.internal.fiscal;

/**
 * A record's seal as the API shows it ({@code "seal":{"chain","sequence","hash","previous"}}); {@link #printed()} is
 * what a receipt or a Z prints.
 */
public record Seal(String chain, long sequence, String hash, String previous) {
    /** The printed form: the hash's first 8 hex digits and the sequence, e.g. {@code 3fa2c19b-42}. */
    public String printed() {
        return hash.substring(0, 8) + "-" + sequence;
    }
}
