package org.vivres.erp.kernel.internal.dal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * What a statement is built for: a table, a caller's column list — a constant, told by identity, since hashing
     * its columns' functions at every insert cost more than the statement's binding — and a variant of it.
     */
    private record Shape(String table, List<?> columns, String variant) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && s.columns == columns && s.table.equals(table) && s.variant.equals(variant);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(columns) * 31 + variant.hashCode();
        }
    }

    private final SessionHolder sessions;
    private final ErpContext context;
    private final Map<Shape, Insert> inserts = new ConcurrentHashMap<>();

    @Activate
    public Rows(@Reference SessionHolder sessions, @Reference ErpContext context) {
        this.sessions = sessions;
        this.context = context;
    }

    /** {@code entity} audited now by the current user, version 0, as a save and flush would leave it. */
    public <T extends ErpEntity> T stamp(T entity) {
        entity.written(context.username(), now());
        return entity;
    }

    /**
     * {@code entities} audited by the current user at one instant, version 0: rows written together whose order is
     * not their creation instant's (a ticket's lines, its movements). Their audit columns are then one value each,
     * which {@link #insert} binds once instead of once per row.
     */
    public <T extends ErpEntity> List<T> stampAll(List<T> entities) {
        String username = context.username();
        OffsetDateTime now = now();
        entities.forEach(e -> e.written(username, now));
        return entities;
    }

    private static OffsetDateTime now() {
        // PostgreSQL keeps microseconds: the object must read as the row does later (as DalImpl.save does)
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Inserts the stamped {@code rows} into {@code table}, in their order, with one statement; {@code columns} is a
     * constant of its caller: its statement is built once and kept.
     */
    public <T extends ErpEntity> void insert(String table, List<Column<T>> columns, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        boolean[] single = single(columns.size(), rows);
        Insert statement = inserts.computeIfAbsent(new Shape(table, columns, InsertSql.key(single)), k -> {
            List<Column<T>> all = all(columns);
            return new Insert(all, InsertSql.of(table, all, single, rows.size() > 1));
        });
        sessions.current().doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(statement.sql())) {
                bind(c, insert, columnsOf(statement), single, rows);
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
        boolean[] single = single(columns.size(), List.of(row));
        Insert statement = inserts.computeIfAbsent(new Shape(table, columns, drawn + " from " + source), k -> {
            List<Column<T>> all = all(columns);
            return new Insert(all, InsertSql.drawing(table, all, drawn, source));
        });
        return sessions.current().doReturningWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(statement.sql())) {
                bind(c, insert, columnsOf(statement), single, List.of(row));
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

    /** The columns every entity's table has, {@code id} first. */
    private static final List<Column<ErpEntity>> COMMON = List.of(
            new Column<>("id", "uuid", ErpEntity::getId),
            new Column<>("organization_id", "uuid", ErpEntity::getOrganization),
            new Column<>("created_at", "timestamptz", ErpEntity::getCreatedAt),
            new Column<>("created_by", "text", ErpEntity::getCreatedBy),
            new Column<>("updated_at", "timestamptz", ErpEntity::getUpdatedAt),
            new Column<>("updated_by", "text", ErpEntity::getUpdatedBy),
            new Column<>("version", "int8", ErpEntity::getVersion));

    @SuppressWarnings({"unchecked", "rawtypes"}) // a column of any entity reads a T, which is one
    private static <T extends ErpEntity> List<Column<T>> all(List<Column<T>> columns) {
        List<Column<T>> all = new ArrayList<>((List) COMMON);
        all.addAll(columns);
        return all;
    }

    /**
     * Which columns hold one value for every row — all of one row's; of several rows', the common columns (an id
     * never is) whose values are equal — bound once as a value rather than as an array of copies of it.
     */
    private static <T extends ErpEntity> boolean[] single(int own, List<T> rows) {
        boolean[] single = new boolean[COMMON.size() + own];
        if (rows.size() == 1) {
            Arrays.fill(single, true); // one row: every column is one value, and no array is needed
            return single;
        }
        for (int i = 1; i < COMMON.size(); i++) {
            Function<ErpEntity, Object> value = COMMON.get(i).value();
            Object first = value.apply(rows.get(0));
            single[i] = rows.stream().allMatch(r -> Objects.equals(first, value.apply(r)));
        }
        return single;
    }

    private static <T> void bind(Connection c, PreparedStatement insert, List<Column<T>> all, boolean[] single,
            List<T> rows) throws SQLException {
        int p = 1;
        for (int i = 0; i < all.size(); i++) {
            if (single[i]) {
                // untyped text: the statement's cast reads it as the column's type, as PostgreSQL reads it back
                insert.setObject(p++, text(all.get(i).value().apply(rows.get(0))), Types.OTHER);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (!single[i]) {
                Function<T, Object> value = all.get(i).value();
                // every value spelled as PostgreSQL reads it back, in an array of the column's own type
                insert.setArray(p++, c.createArrayOf(all.get(i).type(), rows.stream().map(r -> text(value.apply(r)))
                        .toArray()));
            }
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
