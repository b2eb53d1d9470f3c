package org.vivres.caisse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.created;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.caisse.it.CaisseFixtures;
import org.vivres.it.VivresSystem;

/**
 * A till's caisse payment touches the household's membership and no other, however many members the fund has: the
 * debit is a statement the driver prepares on the server, where after a few runs PostgreSQL may keep a generic plan
 * for it. This runs the till's very statement ({@link Ledger#DEBIT}) under that generic plan, on a fund of many
 * members, and reads from PostgreSQL's own account how many memberships it visited.
 */
@ExtendWith(VivresSystem.class)
class LedgerDebitPlanIT {
    private static final int OTHER_MEMBERS = 30;
    /** The debit's parameters, in the order of the prepared statement, with their types. */
    private static final Map<String, String> TYPES = Map.of("a", "numeric", "h", "uuid", "conventioned", "uuid",
            "payable", "uuid", "id", "uuid", "now", "timestamptz", "user", "text", "date", "date", "ticket", "uuid",
            "store", "uuid");

    static VivresSystem system;
    static String fund;
    static String store;
    static String household;
    static String ticket;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        CaisseFixtures cx = new CaisseFixtures(vivres.admin());
        store = cx.fx.store();
        fund = cx.fund("100.00", "1.00", null);
        cx.convention(fund, store);
        for (int i = 0; i < OTHER_MEMBERS; i++) {
            cx.member(fund, cx.fx.household(store), "2.00");
        }
        household = cx.fx.household(store);
        cx.member(fund, household, "2.00");
        cx.openPeriod(fund, CaisseFixtures.month());
        String bread = cx.fx.product("1.50");
        cx.fx.stock(store, bread, "10");
        ticket = created(cx.fx.user("CASHIER", store).post("/api/tickets", CaisseFixtures.ticket(store, household,
                List.of(line(bread, "1")), List.of(pay("CASH", "1.50")))));
    }

    @Test
    void aDebitVisitsOneMembershipHoweverManyTheFundHas() throws Exception {
        JsonNode plan = genericPlanOfOneDebit();

        assertThat(plan.path("Plan").path("Actual Rows").asInt()).as("the debit was written").isEqualTo(1);
        List<JsonNode> scans = new ArrayList<>();
        collect(plan.path("Plan"), scans);
        assertThat(scans).as("scans of caisse_member").isNotEmpty();
        for (JsonNode scan : scans) {
            long visited = (scan.path("Actual Rows").asLong() + scan.path("Rows Removed by Filter").asLong()
                    + scan.path("Rows Removed by Index Recheck").asLong()) * scan.path("Actual Loops").asLong();
            assertThat(visited).as("memberships visited by %s, in a fund of %d members: %s",
                    scan.path("Node Type").asText(), OTHER_MEMBERS + 1, plan.toPrettyString()).isLessThanOrEqualTo(1);
        }
    }

    /** The debit of 1 € from the household, prepared and run with the plan PostgreSQL keeps, then rolled back. */
    private static JsonNode genericPlanOfOneDebit() throws Exception {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?<!:):(\\w+)").matcher(Ledger.DEBIT);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            int at = names.indexOf(m.group(1));
            if (at < 0) {
                names.add(m.group(1));
                at = names.size() - 1;
            }
            m.appendReplacement(sql, "\\$" + (at + 1));
        }
        m.appendTail(sql);
        List<String> types = names.stream().map(TYPES::get).toList();
        Map<String, String> values = Map.of("a", "1.00", "h", household, "conventioned", fund, "payable", fund,
                "id", UUID.randomUUID().toString(), "now", "2026-12-07T10:00:00Z", "user", "admin",
                "date", LocalDate.now().toString(), "ticket", ticket, "store", store);
        String arguments = String.join(", ", names.stream().map(n -> "'" + values.get(n) + "'").toList());
        var db = system.running().database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("set local plan_cache_mode = force_generic_plan");
            st.execute("prepare debit(" + String.join(", ", types) + ") as " + sql);
            try (ResultSet r = st.executeQuery("explain (analyze, format json) execute debit(" + arguments + ")")) {
                r.next();
                JsonNode plan = new ObjectMapper().readTree(r.getString(1)).get(0);
                c.rollback();
                return plan;
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> scans) {
        if ("caisse_member".equals(node.path("Relation Name").asText()) && node.path("Node Type").asText()
                .contains("Scan")) {
            scans.add(node);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, scans);
        }
    }
}
