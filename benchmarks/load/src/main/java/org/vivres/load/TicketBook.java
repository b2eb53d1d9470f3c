package org.vivres.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The baskets the tills ring up: per store, a few baskets of {@value #LINES} lines (the store's two activity-offer
 * products and eighteen others, by the unit or by weight) or of fewer lines (the offer products first), each quoted
 * once for a household of the store so that the till knows its total. Every household of the network has the same
 * tier, registration and a cap it does not reach, so a basket costs the same whoever buys it. A ticket pays
 * {@link #CAISSE} from the caisse (the whole eligible value when it is less) and the rest in cash.
 */
public final class TicketBook {
    /** What each ticket takes from the household's caisse balance. */
    public static final BigDecimal CAISSE = new BigDecimal("1.00");
    static final int LINES = 20;

    /** A quoted basket: the request's lines and what the quote said. */
    public record Basket(List<Map<String, String>> lines, BigDecimal total, BigDecimal eligible,
                         Map<String, BigDecimal> quantities) {
        /** What a ticket of this basket takes from the caisse. */
        public BigDecimal caisse() {
            return CAISSE.min(eligible);
        }
    }

    private final Map<String, List<Basket>> byStore;

    private TicketBook(Map<String, List<Basket>> byStore) {
        this.byStore = byStore;
    }

    /** Quotes {@code perStore} baskets of {@value #LINES} lines in each store of {@code network}. */
    public static TicketBook quote(Network network, int perStore, long seed) {
        return quote(network, perStore, LINES, seed);
    }

    /** Quotes {@code perStore} baskets of {@code lines} lines (1 to the catalogue's size) in each store. */
    public static TicketBook quote(Network network, int perStore, int lines, long seed) {
        if (lines < 1 || lines > network.products().size()) {
            throw new IllegalArgumentException("lines: 1 to " + network.products().size() + ", not " + lines);
        }
        Random random = new Random(seed);
        Map<String, Network.Product> catalogue = new HashMap<>();
        network.products().forEach(p -> catalogue.put(p.id(), p));
        Map<String, List<Basket>> byStore = new HashMap<>();
        for (Network.Store store : network.stores()) {
            List<Basket> baskets = new ArrayList<>();
            for (int b = 0; b < perStore; b++) {
                baskets.add(basket(store, lines, network.products(), catalogue, random));
            }
            byStore.put(store.id(), List.copyOf(baskets));
        }
        return new TicketBook(byStore);
    }

    private static Basket basket(Network.Store store, int size, List<Network.Product> products,
                                 Map<String, Network.Product> catalogue, Random random) {
        List<String> chosen = new ArrayList<>(store.offerProducts().subList(0, Math.min(size,
                store.offerProducts().size())));
        while (chosen.size() < size) {
            String p = products.get(random.nextInt(products.size())).id();
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        List<Map<String, String>> lines = new ArrayList<>();
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (String p : chosen) {
            String quantity = catalogue.get(p).measured() ? "0." + (250 + random.nextInt(700)) : "" + (1 + random.nextInt(3));
            lines.add(Map.of("product", p, "quantity", quantity));
            quantities.merge(p, new BigDecimal(quantity), BigDecimal::add);
        }
        Http cashier = store.cashiers().get(0);
        Http.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store.id(),
                "household", store.households().get(0).id(), "lines", lines));
        if (quote.status() != 200) {
            throw new IllegalStateException("quote: " + quote);
        }
        BigDecimal eligible = BigDecimal.ZERO;
        for (JsonNode line : quote.json().path("lines")) {
            if (!Network.NOT_ELIGIBLE.equals(catalogue.get(line.path("product").asText()).category())) {
                eligible = eligible.add(new BigDecimal(line.path("lineAmount").asText()));
            }
        }
        BigDecimal total = new BigDecimal(quote.text("total"));
        if (eligible.signum() <= 0) {
            throw new IllegalStateException("a basket must hold eligible goods: " + quote);
        }
        return new Basket(List.copyOf(lines), total, eligible, Map.copyOf(quantities));
    }

    public List<Basket> baskets(String store) {
        return byStore.get(store);
    }

    /**
     * A ticket request: {@code basket} bought by {@code household} in {@code store}, paid {@link Basket#caisse()} from
     * the caisse and the rest, if any, in cash.
     */
    public static Map<String, Object> ticket(UUID id, String store, String household, Basket basket) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("organization", store);
        body.put("household", household);
        body.put("lines", basket.lines());
        BigDecimal cash = basket.total().subtract(basket.caisse());
        List<Map<String, String>> payments = new ArrayList<>();
        payments.add(Map.of("method", "CAISSE", "amount", basket.caisse().toPlainString()));
        if (cash.signum() > 0) {
            payments.add(Map.of("method", "CASH", "amount", cash.toPlainString()));
        }
        body.put("payments", payments);
        return body;
    }
}
