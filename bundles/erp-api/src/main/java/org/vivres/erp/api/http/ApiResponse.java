package org.vivres.erp.api.http;

/**
 * A response with an explicit status.
 *
 * @param status      the HTTP status
 * @param body        serialised to JSON, or {@code null} for no body
 * @param contentType for raw bodies ({@code byte[]}), their media type; {@code null} for JSON
 */
public record ApiResponse(int status, Object body, String contentType) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, null);
    }

    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body, null);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, null);
    }

    /** Raw bytes (a PDF, a CSV) with their media type. */
    public static ApiResponse bytes(int status, byte[] body, String contentType) {
        return new ApiResponse(status, body, contentType);
    }
}
