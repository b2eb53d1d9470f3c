package org.vivres.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text people see and notes what is not words: UUIDs, ISO dates and months, the API's codes and field names.
 * Real codes people use (product codes, card and ticket numbers) are allowed; so may be one code on one screen.
 */
final class PlainWords {
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern ISO_MONTH = Pattern.compile("\\b\\d{4}-\\d{2}\\b");
    /** Codes of the API and field names of its JSON: never what a screen should say. */
    static final List<String> DENIED = List.of("UNIT", "KG", "ORGANIC", "LOCAL", "FAIR_TRADE", "TIER:", "ACTIVITY:",
            "ACTIVITY_FEE", "REFERENCE", "CAISSE", "CASH", "CARD", "EPICERIE", "FRUITS", "LEGUMES", "STORE", "HUB",
            "PUBLIC", "PRIVATE", "CITIZEN", "SECURED", "PENDING", "RECEIPT", "ADJUSTMENT", "TRANSFER_IN",
            "TRANSFER_OUT", "COOKING_WORKSHOP", "SHARED_MEAL", "FARM_VISIT", "MANAGER", "CASHIER", "REFERRER",
            "NETWORK_ADMIN", "VALUE", "QUANTITY", "EQUAL", "vatRate", "percentOfReference", "categoryPercents",
            "monthlyIncome", "householdParts", "maxQuotient", "monthlyCap", "priceRule", "referencePrice", "originKm",
            "unitPrice", "lineAmount", "documentNo", "null", "undefined", "NaN", "[object Object]");

    private final Set<String> allowed = new LinkedHashSet<>();
    private final List<String> extraDenied = new ArrayList<>();
    private final List<String> found = new ArrayList<>();

    PlainWords allow(String... codes) {
        allowed.addAll(List.of(codes));
        return this;
    }

    PlainWords deny(String code) {
        extraDenied.add(code);
        return this;
    }

    List<String> found() {
        return found;
    }

    /** Waits until a screen has drawn what it loaded: its text unchanged for 0.8 s (10 s at most). */
    static void settle(Supplier<String> text) {
        String last = "";
        long since = System.currentTimeMillis();
        long end = since + 10_000;
        while (System.currentTimeMillis() < end) {
            String now = text.get();
            if (!now.equals(last)) {
                last = now;
                since = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - since > 800) {
                return;
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Notes what {@code text}, read at {@code where}, shows that is not words; {@code except} is allowed there. */
    void check(String where, String text, String... except) {
        String rest = text;
        for (String ok : allowed) {
            rest = rest.replace(ok, " ");
        }
        note(where, "UUID", UUID, rest);
        note(where, "ISO date", ISO_DATE, rest);
        note(where, "ISO month", ISO_MONTH, rest);
        List<String> codes = new ArrayList<>(DENIED);
        codes.addAll(extraDenied);
        codes.removeAll(List.of(except));
        for (String code : codes) {
            note(where, code, Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(code) + "(?![\\p{L}\\d_])"), rest);
        }
    }

    private void note(String where, String what, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            String context = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                    .replace('\n', ' ');
            found.add(where + ": " + what + " in «" + context + "»");
        }
    }
}
