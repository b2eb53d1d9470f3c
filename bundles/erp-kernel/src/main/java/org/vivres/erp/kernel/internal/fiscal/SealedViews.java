package org.vivres.erp.kernel.internal.fiscal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Adds a record's seal to the JSON of its view, so that every view keeps its own shape and gains {@code seal}. */
public final class SealedViews {
    private SealedViews() {
    }

    /** {@code view} as JSON with {@code "seal"} (null: not sealed, e.g. recorded before seals existed). */
    public static ObjectNode with(ObjectMapper mapper, Object view, Seal seal) {
        ObjectNode node = mapper.valueToTree(view);
        node.set("seal", seal == null ? null : mapper.valueToTree(seal));
        return node;
    }
}
