package org.vivres.erp.kernel.internal.till;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.vivres.erp.api.Money;
import org.vivres.erp.kernel.internal.ticket.VatTable;

/**
 * What a session's tickets add up to, read from their stored rows (payments, VAT tables): its own tickets, and the
 * tickets sold offline that arrived while the till was closed since the session before it opened (late).
 */
final class ZFigures {
    static final String CASH = "CASH";
    private static final OffsetDateTime DAWN = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final String TICKETS = "with t as (select tk.id, tk.kind, tk.total, tk.document_no, tt.late "
            + "from erp_ticket tk join erp_till_ticket tt on tt.id = tk.id where tt.session_id = ? or "
            + "(tt.session_id is null and tt.till_id = ? and tt.created_at >= ? and tt.created_at < ?)) ";

    /** How many sales and returns, and their net total. */
    record Counts(int tickets, int returns, BigDecimal total) {
    }

    /** The lists of a Z as JSON texts, as stored. */
    record Texts(String byMethod, String byVatRate, String cashMovements, String lateTickets) {
    }

    /** A payment method's line of the Z; {@code counted} and {@code difference} null when it was not counted. */
    record MethodLine(String method, BigDecimal expected, BigDecimal counted, BigDecimal difference) {
    }

    record Movement(String type, BigDecimal amount, String reason, OffsetDateTime at, String by) {
    }

    /** A ticket counted later than it was sold: when the till sold it and its total. */
    record LateTicket(UUID id, String documentNo, OffsetDateTime soldAt, BigDecimal total) {
    }

    /** The figures of one session so far. */
    record Figures(Counts counts, Map<String, BigDecimal> expected, List<VatTable.Row> byVatRate,
            List<Movement> movements, List<LateTicket> late) {
    }

    private final TillSql sql;

    ZFigures(TillSql sql) {
        this.sql = sql;
    }

    /**
     * The figures of {@code session}; {@code previousOpening} is when the till's session before it opened (null for
     * its first). Cash expected = float + cash taken − cash given back + cash in − cash out.
     */
    Figures of(TillSession session, OffsetDateTime previousOpening, List<TillMovement> movements) {
        Object[] p = {session.getId(), session.getTill(), previousOpening == null ? DAWN : previousOpening,
            session.getOpenedAt()};
        Counts counts = counts(TICKETS, p);
        Map<String, BigDecimal> paid = paid(TICKETS, p);
        List<VatTable.Row> vat = vat(TICKETS, p);
        List<LateTicket> late = late(TICKETS, "t.late", p);
        BigDecimal cash = session.getOpeningFloat().add(paid.getOrDefault(CASH, Money.ZERO));
        for (TillMovement m : movements) {
            cash = cash.add(m.signed());
        }
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put(CASH, Money.euros(cash));
        paid.forEach((method, amount) -> expected.putIfAbsent(method, amount));
        return new Figures(counts, expected, vat, movements.stream().map(m -> new Movement(m.getType(),
                m.getAmount(), m.getReason(), m.getCreatedAt(), m.getCreatedBy())).toList(), late);
    }

    /** The tickets {@code t} of {@code cte} that match {@code which}, with when they were sold, by number. */
    List<LateTicket> late(String cte, String which, Object... p) {
        return sql.query(cte + "select t.id, t.document_no, o.sold_at, t.total from t left join "
                + "erp_ticket_sold_offline o on o.id = t.id where " + which + " order by t.document_no", r -> {
                    List<LateTicket> l = new ArrayList<>();
                    while (r.next()) {
                        l.add(new LateTicket(r.getObject(1, UUID.class), r.getString(2),
                                r.getObject(3, OffsetDateTime.class), Money.euros(r.getBigDecimal(4))));
                    }
                    return l;
                }, p);
    }

    /** Sales and returns among the tickets {@code t} of {@code cte}: counts and net total. */
    Counts counts(String cte, Object... p) {
        return sql.query(cte + "select kind, count(*), coalesce(sum(total), 0) from t group by kind", r -> {
            int sales = 0;
            int returns = 0;
            BigDecimal total = Money.ZERO;
            while (r.next()) {
                if ("SALE".equals(r.getString(1))) {
                    sales = r.getInt(2);
                } else {
                    returns = r.getInt(2);
                }
                total = total.add(r.getBigDecimal(3));
            }
            return new Counts(sales, returns, Money.euros(total));
        }, p);
    }

    /** What each method took in (refunds deducted) for the tickets {@code t} of {@code cte}, by method code. */
    Map<String, BigDecimal> paid(String cte, Object... p) {
        return sql.query(cte + "select p.method, sum(p.amount) from erp_payment p join t on p.ticket_id = t.id "
                + "group by p.method", r -> {
                    Map<String, BigDecimal> m = new TreeMap<>();
                    while (r.next()) {
                        m.put(r.getString(1), Money.euros(r.getBigDecimal(2)));
                    }
                    return m;
                }, p);
    }

    /** The stored VAT rows of the tickets {@code t} of {@code cte}, added up per rate. */
    List<VatTable.Row> vat(String cte, Object... p) {
        return sql.query(cte + "select v.rate, sum(v.base), sum(v.vat), sum(v.total) from erp_ticket_vat v "
                + "join t on v.ticket_id = t.id group by v.rate order by v.rate", r -> {
                    List<VatTable.Row> rows = new ArrayList<>();
                    while (r.next()) {
                        rows.add(new VatTable.Row(r.getBigDecimal(1), Money.euros(r.getBigDecimal(2)),
                                Money.euros(r.getBigDecimal(3)), Money.euros(r.getBigDecimal(4))));
                    }
                    return rows;
                }, p);
    }

    /** The Z's lines per method: every method expected or counted, CASH first; the difference is counted − expected. */
    static List<MethodLine> lines(Map<String, BigDecimal> expected, Map<String, BigDecimal> counted) {
        Map<String, MethodLine> lines = new LinkedHashMap<>();
        expected.forEach((method, amount) -> lines.put(method, line(method, amount, counted.get(method))));
        new TreeMap<>(counted).forEach((method, amount) -> lines.putIfAbsent(method, line(method, Money.ZERO, amount)));
        return List.copyOf(lines.values());
    }

    private static MethodLine line(String method, BigDecimal expected, BigDecimal counted) {
        return new MethodLine(method, expected, counted, counted == null ? null : counted.subtract(expected));
    }
}
