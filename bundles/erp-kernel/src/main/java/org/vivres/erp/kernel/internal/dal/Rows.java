package org.vivres.erp.kernel.internal.dal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.model.ErpEntity;

/**
 * Writes the rows of new entities set-based — one {@code insert … select from unnest(…)} per table, on the session's
 * connection — where saving them one by one through Hibernate costs an insert action, a snapshot and a dirty check
 * per row at each flush. The rows are exactly what a save and flush would have written ({@link #stamp} fills the
 * audit columns and version as {@link DalImpl#save} and Hibernate do), so what re-reads them (HQL in the same
 * transaction, the fiscal seal, archives) cannot tell. The entities stay outside the session: they are the
 * answer's and the hooks' objects, never to be saved again.
 */
@Component(service = Rows.class)
public final class Rows {
    /** A column of {@code T}'s table beyond the common ones: its name, its SQL type, and its value for a row. */
    public record Column<T>(String name, String type, Function<T, Object> value) {
    }

    /** A statement and the columns it binds, in order: built once per caller's column list (its constants). */
    private record Insert(List<? extends Column<?>> all, String sql) {
    }

    private final SessionHolder sessions;
    private final ErpContext context;
    private final Map<List<Object>, Insert> inserts = new ConcurrentHashMap<>();

    @Activate
    public Rows(@Reference SessionHolder sessions, @Reference ErpContext context) {
        this.sessions = sessions;
        this.context = context;
    }

    /** {@code entity} audited now by the current user, version 0, as a save and flush would leave it. */
    public <T extends ErpEntity> T stamp(T entity) {
        // PostgreSQL keeps microseconds: the object must read as the row does later (as DalImpl.save does)
        entity.written(context.username(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        return entity;
    }

    /**
     * Inserts the stamped {@code rows} into {@code table}, in their order, with one statement; {@code columns} is a
     * constant of its caller: its statement is built once and kept.
     */
    public <T extends ErpEntity> void insert(String table, List<Column<T>> columns, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Insert statement = inserts.computeIfAbsent(List.of(table, columns), k -> {
            List<Column<T>> all = all(columns);
            return new Insert(all, "insert into " + table + " (" + names(all) + ") select * from unnest("
                    + arrays(all) + ")");
        });
        sessions.current().doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(statement.sql())) {
                bind(c, insert, columnsOf(statement), rows);
                insert.executeUpdate();
            }
        });
    }

    /**
     * Inserts the stamped {@code row} into {@code table} with one more column, {@code drawn}, whose value the
     * statement itself draws from {@code source} — a select of one row naming it, such as a sequence's next value —
     * and answers that value as text: what a statement of its own drew before the insert costs no round trip. One
     * row only: the source is drawn once per statement.
     */
    public <T extends ErpEntity> String insertDrawing(String table, List<Column<T>> columns, T row, String drawn,
            String source) {
        Insert statement = inserts.computeIfAbsent(List.of(table, columns, drawn, source), k -> {
            List<Column<T>> all = all(columns);
            return new Insert(all, "insert into " + table + " (" + names(all) + ", " + drawn + ") select u.*, d."
                    + drawn + " from unnest(" + arrays(all) + ") u, (" + source + ") d returning " + drawn);
        });
        return sessions.current().doReturningWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(statement.sql())) {
                bind(c, insert, columnsOf(statement), List.of(row));
                try (ResultSet inserted = insert.executeQuery()) {
                    inserted.next();
                    return inserted.getString(1);
                }
            }
        });
    }

    @SuppressWarnings("unchecked") // built from the List<Column<T>> that keys it
    private static <T> List<Column<T>> columnsOf(Insert statement) {
        return (List<Column<T>>) statement.all();
    }

    private static <T extends ErpEntity> List<Column<T>> all(List<Column<T>> columns) {
        List<Column<T>> all = new ArrayList<>(List.of(
                new Column<T>("id", "uuid", ErpEntity::getId),
                new Column<T>("organization_id", "uuid", ErpEntity::getOrganization),
                new Column<T>("created_at", "timestamptz", ErpEntity::getCreatedAt),
                new Column<T>("created_by", "text", ErpEntity::getCreatedBy),
                new Column<T>("updated_at", "timestamptz", ErpEntity::getUpdatedAt),
                new Column<T>("updated_by", "text", ErpEntity::getUpdatedBy),
                new Column<T>("version", "int8", ErpEntity::getVersion)));
        all.addAll(columns);
        return all;
    }

    private static <T> String names(List<Column<T>> all) {
        return String.join(", ", all.stream().map(Column::name).toList());
    }

    private static <T> String arrays(List<Column<T>> all) {
        return String.join(", ", all.stream().map(c -> "cast(? as " + c.type() + "[])").toList());
    }

    private static <T> void bind(Connection c, PreparedStatement insert, List<Column<T>> all, List<T> rows)
            throws SQLException {
        for (int i = 0; i < all.size(); i++) {
            Function<T, Object> value = all.get(i).value();
            // text arrays cast by the statement: every type is spelled as PostgreSQL reads it back
            Array array = c.createArrayOf("text", rows.stream().map(r -> text(value.apply(r))).toArray());
            insert.setArray(i + 1, array);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime instant) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant); // seconds always written, unlike toString
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
