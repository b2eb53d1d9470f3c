package org.vivres.financing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.financing.internal.model.VolunteerHours;

/**
 * The answer of {@code GET /api/volunteering}: the page of records, and over every record the filter matches the total
 * hours and value, per month, per task, per activity session and per organization. Values are the recorded ones (each
 * at the rate of its day), so that every breakdown adds up to the total to the cent.
 */
record VolunteeringTotals(List<Views.HoursView> items, BigDecimal hourlyRate, BigDecimal totalHours,
                          BigDecimal totalValue, List<Map<String, Object>> byMonth, List<Map<String, Object>> byTask,
                          List<Map<String, Object>> byActivitySession, List<Map<String, Object>> byOrganization) {
    private static final String SUMS = "select e.date, e.task, e.activitySession, e.organization, sum(e.hours),"
            + " sum(e.value) from " + VolunteerHours.class.getName() + " e where ";

    private record Row(LocalDate date, String task, UUID session, UUID organization, BigDecimal hours,
                       BigDecimal value) {
    }

    static VolunteeringTotals read(Dal dal, Scope scope, BigDecimal hourlyRate, List<Views.HoursView> items) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : dal.select(SUMS + scope.where()
                + " group by e.date, e.task, e.activitySession, e.organization", Object[].class, scope.params())) {
            rows.add(new Row((LocalDate) r[0], (String) r[1], (UUID) r[2], (UUID) r[3], (BigDecimal) r[4],
                    (BigDecimal) r[5]));
        }
        BigDecimal hours = rows.stream().map(Row::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value = rows.stream().map(Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new VolunteeringTotals(items, hourlyRate, hours.setScale(2), Money.euros(value),
                by(rows, "month", r -> YearMonth.from(r.date()).toString()), by(rows, "task", Row::task),
                by(rows.stream().filter(r -> r.session() != null).toList(), "activitySession",
                        r -> r.session().toString()),
                by(rows, "organization", r -> r.organization().toString()));
    }

    /** {@code [{<field>: key, hours, value}]} in the order of the keys. */
    private static List<Map<String, Object>> by(List<Row> rows, String field, Function<Row, String> key) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Row r : rows) {
            BigDecimal[] s = sums.computeIfAbsent(key.apply(r), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(r.hours());
            s[1] = s[1].add(r.value());
        }
        return sums.entrySet().stream()
                .map(e -> {
                    Map<String, Object> sum = new LinkedHashMap<>();
                    sum.put(field, e.getKey());
                    sum.put("hours", e.getValue()[0].setScale(2));
                    sum.put("value", Money.euros(e.getValue()[1]));
                    return sum;
                }).toList();
    }
}
