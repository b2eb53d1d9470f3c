package org.vivres.erp.kernel.internal.dal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.query.sql.internal.ParameterParser;
import org.hibernate.query.sql.spi.ParameterRecognizer;

/**
 * A bundle's native statement with {@code :name} parameters, run by plain JDBC on the transaction's connection.
 * Through Hibernate's native queries, building the query, its plan and its bindings cost several times the statement's
 * own JDBC work, at every execution (a checkout runs a few: running totals, the caisse debit). Hibernate's own parser
 * finds the parameters (in quotes and comments it leaves them, as it always did), once per statement text; a
 * collection expands to one parameter per value, as Hibernate's {@code setParameterList} did.
 */
final class NativeSql {
    /** Bundles' statements are constants: the bound only keeps a mistake (text built per call) from filling memory. */
    private static final int MAX_PARSED = 2_000;
    private static final Map<String, NativeSql> PARSED = new ConcurrentHashMap<>();

    /** The text around the parameters: {@code chunks.size() == names.size() + 1}. */
    private final List<String> chunks;
    private final List<String> names;

    private NativeSql(List<String> chunks, List<String> names) {
        this.chunks = chunks;
        this.names = names;
    }

    static NativeSql of(String sql) {
        NativeSql parsed = PARSED.get(sql);
        if (parsed == null) {
            parsed = parse(sql);
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            PARSED.put(sql, parsed);
        }
        return parsed;
    }

    private static NativeSql parse(String sql) {
        List<String> chunks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        ParameterParser.parse(sql, new ParameterRecognizer() {
            @Override
            public void ordinalParameter(int position) {
                throw new IllegalArgumentException("native SQL takes named parameters only: " + sql);
            }

            @Override
            public void namedParameter(String name, int position) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                names.add(name);
            }

            @Override
            public void jpaPositionalParameter(int label, int position) {
                ordinalParameter(position);
            }

            @Override
            public void other(char character) {
                chunk.append(character);
            }
        });
        chunks.add(chunk.toString());
        return new NativeSql(List.copyOf(chunks), List.copyOf(names));
    }

    /** Runs the statement; the number of rows it changed. */
    int execute(Connection connection, Map<String, ?> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, params)) {
            return statement.executeUpdate();
        }
    }

    /** Runs the statement; the first column of each row it answered, as {@code type}. */
    <R> List<R> returning(Connection connection, Class<R> type, Map<String, ?> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, params); ResultSet rows = statement.executeQuery()) {
            List<R> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1, type));
            }
            return values;
        }
    }

    /**
     * Runs the query; each row its single column as {@code type}, or all its columns when {@code type} is
     * {@code Object[]}, each as {@link #columnType} says.
     */
    <R> List<R> rows(Connection connection, Class<R> type, Map<String, ?> params) throws SQLException {
        if (type != Object[].class) {
            return returning(connection, type, params);
        }
        try (PreparedStatement statement = prepare(connection, params); ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            Class<?>[] types = new Class<?>[meta.getColumnCount()];
            for (int i = 0; i < types.length; i++) {
                types[i] = columnType(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
            }
            List<R> values = new ArrayList<>();
            while (rows.next()) {
                Object[] row = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    row[i] = types[i] == Object.class ? rows.getObject(i + 1) : rows.getObject(i + 1, types[i]);
                }
                values.add(type.cast(row));
            }
            return values;
        }
    }

    /**
     * The Java type a column of all-columns rows is read as: the {@code java.time} types rather than the driver's
     * {@code java.sql} ones (which a bundle would have to convert), {@code BigDecimal} for numerics; {@code Object}
     * for the rest, which the driver gives as their natural type (a {@code uuid} as {@code UUID}, an {@code int4} as
     * {@code Integer}...). PostgreSQL's driver reports {@code timestamptz} as {@code TIMESTAMP}, hence its name.
     */
    static Class<?> columnType(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.DATE -> LocalDate.class;
            case Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.class;
            case Types.TIMESTAMP -> "timestamptz".equalsIgnoreCase(typeName) ? OffsetDateTime.class
                    : LocalDateTime.class;
            case Types.TIME -> LocalTime.class;
            case Types.NUMERIC, Types.DECIMAL -> BigDecimal.class;
            default -> Object.class;
        };
    }

    private PreparedStatement prepare(Connection connection, Map<String, ?> params) throws SQLException {
        List<Object> values = new ArrayList<>();
        PreparedStatement statement = connection.prepareStatement(text(params, values));
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, jdbcValue(values.get(i)));
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    /** The JDBC text for {@code params}, their values added to {@code values} in the order of its {@code ?}. */
    String text(Map<String, ?> params, List<Object> values) {
        StringBuilder jdbc = new StringBuilder(chunks.get(0));
        for (int i = 0; i < names.size(); i++) {
            if (!params.containsKey(names.get(i))) {
                throw new IllegalArgumentException("no value for parameter :" + names.get(i));
            }
            Object value = params.get(names.get(i));
            if (value instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    // An empty list matches nothing: a null, which no row equals.
                    jdbc.append('?');
                    values.add(null);
                } else {
                    jdbc.append("?, ".repeat(many.size() - 1)).append('?');
                    values.addAll(many);
                }
            } else {
                jdbc.append('?');
                values.add(value);
            }
            jdbc.append(chunks.get(i + 1));
        }
        return jdbc.toString();
    }

    /** What the driver takes for a value a bundle may bind. */
    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
