package org.vivres.erp.kernel.internal.http;

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
import java.util.stream.Collectors;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.http.ApiRequest;

/** An {@link ApiRequest} over what the servlet read of the HTTP request. */
final class HttpApiRequest implements ApiRequest {
    private static final int MAX_LIMIT = 500;

    private final ObjectMapper mapper;
    private final Map<String, String> pathParams;
    private final Map<String, String[]> queryParams;
    private final byte[] body;
    private final Function<String, String> headers;

    HttpApiRequest(ObjectMapper mapper, Map<String, String> pathParams, Map<String, String[]> queryParams,
            byte[] body, Function<String, String> headers) {
        this.mapper = mapper;
        this.pathParams = pathParams;
        this.queryParams = queryParams;
        this.body = body;
        this.headers = headers;
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

    @Override
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "MALFORMED_JSON", HttpApiRequest.class, "");
        }
        JsonNode tree;
        try {
            // Syntax first, so that a truncated body reads as malformed rather than as a wrong field.
            tree = mapper.readTree(body);
        } catch (IOException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "MALFORMED_JSON", HttpApiRequest.class,
                    e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
        }
        try {
            T value = mapper.treeToValue(tree, type);
            if (value == null) {
                throw new ErpException(ErrorStatus.BAD_REQUEST, "MALFORMED_JSON", HttpApiRequest.class, "null");
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
            throw new ErpException(ErrorStatus.BAD_REQUEST, "MALFORMED_JSON", HttpApiRequest.class,
                    e.getOriginalMessage());
        }
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
}
