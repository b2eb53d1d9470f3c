package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;

/**
 * Caisse test data built through the API, on top of the core {@link Fixtures}; public for the tests that sit beside
 * the bundle's internals.
 */
public final class CaisseFixtures {
    final Api admin;
    public final Fixtures fx;

    public CaisseFixtures(Api admin) {
        this.admin = admin;
        this.fx = new Fixtures(admin);
        awaitCaisse(admin);
    }

    /**
     * The caisse's endpoints answer once its bundle is active and its entities are in the session
     * factory, which may be rebuilt a moment after the system reports UP.
     */
    static void awaitCaisse(Api admin) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Response r = admin.get("/api/caisse/funds");
        while (r.status() != 200 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            r = admin.get("/api/caisse/funds");
        }
        assertThat(r.status()).as("caisse endpoints: " + r).isEqualTo(200);
    }

    public static String month() {
        return YearMonth.now(ZoneId.of("Europe/Paris")).toString();
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static BigDecimal eur(JsonNode node) {
        return new BigDecimal(node.asText());
    }

    public static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    public String fund(String allowance, String min, String max) {
        Map<String, Object> body = new HashMap<>(Map.of("name", fx.unique("Caisse"), "monthlyAllowance", allowance,
                "minContribution", min));
        if (max != null) {
            body.put("maxContribution", max);
        }
        return created(admin.post("/api/caisse/funds", body));
    }

    void source(String fund, String kind, String amount, String status) {
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", fx.unique("Financeur"),
                "kind", kind, "amount", amount, "status", status)));
    }

    void source(String fund, String funder, String kind, String amount, String status) {
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", funder, "kind", kind,
                "amount", amount, "status", status)));
    }

    public void convention(String fund, String store) {
        created(admin.post("/api/caisse/funds/" + fund + "/conventions",
                Map.of("organization", store, "validFrom", "2020-01-01")));
    }

    void criterion(String fund, Map<String, Object> rule) {
        created(admin.post("/api/caisse/funds/" + fund + "/criteria", rule));
    }

    public String member(String fund, String household, String contribution) {
        return created(admin.post("/api/caisse/funds/" + fund + "/members",
                Map.of("household", household, "contribution", contribution)));
    }

    public void openPeriod(String fund, String month) {
        created(admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", month)));
    }

    JsonNode fundView(String fund) {
        Api.Response r = admin.get("/api/caisse/funds/" + fund);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    BigDecimal balance(String member) {
        Api.Response r = admin.get("/api/caisse/members/" + member);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return eur(r.json().path("balance"));
    }

    List<JsonNode> ledger(String member) {
        List<JsonNode> entries = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            Api.Response r = admin.get("/api/caisse/members/" + member + "/ledger?limit=500&offset=" + offset);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            r.json().path("items").forEach(entries::add);
            if (r.json().path("items").size() < 500) {
                return entries;
            }
        }
    }

    /** What the ledger says the balance is: allowances and refunds less debits. */
    BigDecimal ledgerBalance(String member) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode e : ledger(member)) {
            BigDecimal amount = eur(e.path("amount"));
            switch (e.path("kind").asText()) {
                case "ALLOWANCE", "REFUND" -> sum = sum.add(amount);
                case "DEBIT" -> sum = sum.subtract(amount);
                case "CONTRIBUTION" -> { }
                default -> throw new AssertionError("unknown kind " + e);
            }
        }
        return sum;
    }

    /** The sum of one kind of entries of a member's ledger. */
    BigDecimal ledgerSum(String member, String kind) {
        return ledger(member).stream().filter(e -> kind.equals(e.path("kind").asText()))
                .map(e -> eur(e.path("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Map<String, Object> line(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    public static Map<String, Object> pay(String method, String amount) {
        return Map.of("method", method, "amount", amount);
    }

    public static Map<String, Object> ticket(String store, String household, List<Map<String, Object>> lines,
            List<Map<String, Object>> payments) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", store, "lines", lines, "payments", payments));
        if (household != null) {
            body.put("household", household);
        }
        return body;
    }
}
