package org.vivres.erp.api.http;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** One HTTP request, as seen by a {@link Handler}. */
@ProviderType
public interface ApiRequest {

    /** A path parameter of the route template. */
    String path(String name);

    /** A path parameter that must be a UUID; 404 {@code NOT_FOUND} otherwise. */
    UUID pathId(String name);

    /** A query parameter. */
    Optional<String> query(String name);

    /** A query parameter that must be a UUID if present; 400 {@code INVALID_PARAMETER} otherwise. */
    Optional<UUID> queryId(String name);

    /** A query parameter that must be a date {@code 2026-12-01} if present; 400 {@code INVALID_DATE} otherwise. */
    Optional<LocalDate> queryDate(String name);

    /** {@code ?limit=} (default 50, at most 500). */
    int limit();

    /** {@code ?offset=} (default 0). */
    int offset();

    /**
     * The JSON body read as {@code type} (a record, typically). Money and quantities must be JSON
     * strings; malformed JSON, wrong types and unknown fields are refused with 400.
     */
    <T> T body(Class<T> type);

    /** The raw body bytes (for digests). */
    byte[] rawBody();

    /** A request header, if present. */
    Optional<String> header(String name);

    /**
     * The address of the client as the server saw it (the socket's peer; a proxy's forwarded header only when the
     * network admin configured that proxy as trusted): what limits per client are keyed on.
     */
    String clientAddress();
}
