package org.vivres.erp.kernel.internal.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.http.ApiRequest;

/** An {@link ApiRequest} over what the servlet read of the HTTP request. */
final class HttpApiRequest implements ApiRequest {
    private static final int MAX_LIMIT = 500;
    // What the parser says of a key given twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION).
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,100})'", Pattern.DOTALL);

    private final ObjectMapper mapper;
    private final Map<String, String> pathParams;
    private final Map<String, String[]> queryParams;
    private final byte[] body;
    private final Function<String, String> headers;
    private final String clientAddress;

    HttpApiRequest(ObjectMapper mapper, Map<String, String> pathParams, Map<String, String[]> queryParams,
            byte[] body, Function<String, String> headers, String clientAddress) {
        this.mapper = mapper;
        this.pathParams = pathParams;
        this.queryParams = queryParams;
        this.body = body;
        this.headers = headers;
        this.clientAddress = clientAddress;
    }

    @Override
    public String path(String name) {
        return pathParams.get(name);
    }

    @Override
    public UUID pathId(String name) {
        try {
            return UUID.fromString(pathParams.get(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ErpException(ErrorStatus.NOT_FOUND, "NOT_FOUND", Check.class, pathParams.get(name));
        }
    }

    @Override
    public Optional<String> query(String name) {
        String[] values = queryParams.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? Optional.empty() : Optional.of(values[0]);
    }

    @Override
    public Optional<UUID> queryId(String name) {
        return query(name).map(v -> {
            try {
                return UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_PARAMETER", HttpApiRequest.class, name);
            }
        });
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return query(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw Check.invalid("INVALID_DATE", name);
            }
        });
    }

    @Override
    public int limit() {
        return Math.min(intParam("limit", 50), MAX_LIMIT);
    }

    @Override
    public int offset() {
        return intParam("offset", 0);
    }

    private int intParam(String name, int fallback) {
        Optional<String> value = query(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_PARAMETER", HttpApiRequest.class, name);
        }
    }

    /**
     * The body as {@code type}. Refusals name a field or a position, never the parser's own words (its class names
     * and token descriptions mean nothing to a client and tell an attacker which library reads the body).
     */
    @Override
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw malformed(null);
        }
        try {
            // A well-formed body is read in one pass (a till posts one at every checkout); only a refused one is
            // read again in two, to tell a syntax error from a wrong field as below.
            T value = mapper.readValue(body, type);
            if (value != null) {
                return value;
            }
        } catch (IOException | RuntimeException e) {
            // Told apart below.
        }
        return refused(type);
    }

    private <T> T refused(Class<T> type) {
        JsonNode tree;
        try {
            // Syntax first, so that a truncated body reads as malformed rather than as a wrong field.
            tree = mapper.readTree(body);
        } catch (JsonParseException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.matches()) {
                throw new ErpException(ErrorStatus.BAD_REQUEST, "DUPLICATE_FIELD", HttpApiRequest.class,
                        duplicate.group(1));
            }
            throw malformed(e.getLocation());
        } catch (JsonProcessingException e) {
            throw malformed(e.getLocation());
        } catch (IOException e) {
            throw malformed(null);
        }
        try {
            T value = mapper.treeToValue(tree, type);
            if (value == null) {
                throw malformed(null);
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ErpException refusal) {
                throw refusal;
            }
            throw invalidField(e);
        } catch (UnrecognizedPropertyException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "UNKNOWN_FIELD", HttpApiRequest.class, fieldPath(e));
        } catch (JsonMappingException e) {
            throw invalidField(e);
        } catch (JsonProcessingException e) {
            throw malformed(null);
        }
    }

    /** 400 {@code MALFORMED_JSON} with the line and column where reading stopped (1, 1 when unknown). */
    private static ErpException malformed(JsonLocation at) {
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        return new ErpException(ErrorStatus.BAD_REQUEST, "MALFORMED_JSON", HttpApiRequest.class,
                String.valueOf(line), String.valueOf(column));
    }

    private static ErpException invalidField(JsonMappingException e) {
        return new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_FIELD", HttpApiRequest.class, fieldPath(e));
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(corps)" : path.replace(".[", "[");
    }

    @Override
    public byte[] rawBody() {
        return body.clone();
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.apply(name));
    }

    @Override
    public String clientAddress() {
        return clientAddress;
    }
}
