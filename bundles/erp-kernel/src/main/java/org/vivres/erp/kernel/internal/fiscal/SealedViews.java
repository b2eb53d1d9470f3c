package org.vivres.erp.kernel.internal.fiscal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Adds a record's seal to the JSON of its view, so that every view keeps its own shape and gains {@code seal}. */
public final class SealedViews {
    private SealedViews() {
    }

    /**
     * A view and its seal, written as one object: the view's fields, then {@code "seal"}. Serialised directly, not
     * through a tree (a checkout's answer was built twice).
     */
    public record Sealed(@JsonUnwrapped Object view, Seal seal) {
    }

    /** {@code view} with {@code "seal"} (null: not sealed, e.g. recorded before seals existed). */
    public static Sealed with(Object view, Seal seal) {
        return new Sealed(view, seal);
    }
}
