package org.vivres.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The caisse's promises, read back through the API after a run: no balance below zero, every balance equal to
 * what its ledger adds up to (allowances and refunds in, debits out; contributions do not move it), and as many
 * debits as tickets the tills saw accepted.
 */
public final class CaisseCheck {
    private static final int PAGE = 500;

    /** What was found; {@link #problems()} empty when every promise holds. */
    public record Report(int members, int negative, int ledgerMismatches, long debits, long acknowledged,
                         List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private CaisseCheck() {
    }

    /**
     * @param acknowledged tickets answered 2xx per household id (each paid from the caisse),
     *                     or {@code null} not to compare debits with them
     */
    public static Report check(Network network, Map<String, Long> acknowledged) {
        Http admin = network.admin();
        List<String> problems = new ArrayList<>();
        int negative = 0;
        int mismatches = 0;
        long debits = 0;
        long acked = 0;
        for (Network.Household h : network.households()) {
            Http.Response member = admin.get("/api/caisse/members/" + h.member());
            if (member.status() != 200) {
                problems.add("member " + h.member() + ": " + member);
                continue;
            }
            BigDecimal balance = new BigDecimal(member.text("balance"));
            if (balance.signum() < 0) {
                negative++;
                problems.add("negative balance " + balance + " of member " + h.member());
            }
            BigDecimal ledger = BigDecimal.ZERO;
            long memberDebits = 0;
            for (JsonNode e : ledger(admin, h.member())) {
                BigDecimal amount = new BigDecimal(e.path("amount").asText());
                switch (e.path("kind").asText()) {
                    case "ALLOWANCE", "REFUND" -> ledger = ledger.add(amount);
                    case "DEBIT" -> {
                        ledger = ledger.subtract(amount);
                        memberDebits++;
                    }
                    default -> { }
                }
            }
            if (ledger.compareTo(balance) != 0) {
                mismatches++;
                problems.add("member " + h.member() + ": balance " + balance + " but ledger says " + ledger);
            }
            debits += memberDebits;
            if (acknowledged != null) {
                long expected = acknowledged.getOrDefault(h.id(), 0L);
                acked += expected;
                if (memberDebits != expected) {
                    problems.add("household " + h.id() + ": " + expected + " tickets accepted, " + memberDebits
                            + " caisse debits");
                }
            }
        }
        return new Report(network.households().size(), negative, mismatches, debits, acked, List.copyOf(problems));
    }

    /** Every entry of a member's ledger, page by page. */
    public static List<JsonNode> ledger(Http admin, String member) {
        List<JsonNode> entries = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            Http.Response page = admin.get("/api/caisse/members/" + member + "/ledger?limit=" + PAGE + "&offset=" + offset);
            if (page.status() != 200) {
                throw new IllegalStateException("ledger of " + member + ": " + page);
            }
            page.json().path("items").forEach(entries::add);
            if (page.json().path("items").size() < PAGE) {
                return entries;
            }
        }
    }
}
