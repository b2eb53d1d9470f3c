package org.vivres.erp.api;

/** The HTTP statuses an {@link ErpException} may carry, as named in API.md. */
public enum ErrorStatus {
    BAD_REQUEST(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409),
    UNPROCESSABLE(422), TOO_MANY_REQUESTS(429), SERVICE_UNAVAILABLE(503);

    private final int code;

    ErrorStatus(int code) {
        this.code = code;
    }

    /** The HTTP status code. */
    public int code() {
        return code;
    }
}
