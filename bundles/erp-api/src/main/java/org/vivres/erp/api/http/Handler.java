package org.vivres.erp.api.http;

/**
 * Handles one request inside its transaction. Returns the response body (serialised to JSON with
 * status 200), an {@link ApiResponse} for another status, or {@code null} for 204. Throws
 * {@link org.vivres.erp.api.ErpException} to refuse: the transaction is rolled back.
 */
@FunctionalInterface
public interface Handler {
    Object handle(ApiRequest request);
}
