package org.vivres.robust;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.vivres.load.Http;
import org.vivres.load.Network;

/**
 * The financing endpoints of the access matrix (donors, donations, volunteer hours, the cagnotte, the financing mix
 * and the donors' receipts). Managers keep their store's donors and record its donations; managers and cashiers
 * record its volunteer hours; every user of the store reads them; its managers read what its tills were given, and
 * its tills the funds they may give to; managers print the mix and the receipts; nobody of store A reads or writes
 * store B's.
 */
final class FinancingCells {
    private static final List<String> MANAGER = List.of("MANAGER");
    private static final List<String> TILL = List.of("CASHIER", "MANAGER");
    private static final List<String> STAFF = List.of("CASHIER", "MANAGER", "REFERRER");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private FinancingCells() {
    }

    static List<MatrixCell> cells(Http admin, String run, String storeA, String storeB) {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        String donorB = "Donateur B " + run;
        String donorA = Network.created(admin.post("/api/donors", Map.of("name", "Donateur A " + run, "kind", "FARM",
                "organization", storeA)));
        String donorBId = Network.created(admin.post("/api/donors", Map.of("name", donorB, "kind", "FARM",
                "organization", storeB)));
        Supplier<Object> money = () -> Map.of("organization", storeA, "donor", donorA, "receivedOn", today,
                "kind", "MONEY", "description", "Matrice", "value", "5.00");
        Supplier<Object> moneyB = () -> Map.of("organization", storeB, "donor", donorBId, "receivedOn", today,
                "kind", "MONEY", "description", "Matrice", "value", "5.00");
        String donationA = Network.created(admin.post("/api/donations", money.get()));
        String donationB = Network.created(admin.post("/api/donations", moneyB.get()));
        mayIssueReceipts(admin, storeA);
        mayIssueReceipts(admin, storeB);
        String period = "&from=" + today.substring(0, 8) + "01&to=" + today;
        String year = today.substring(0, 4);
        return List.of(
                MatrixCell.get("/api/reports/financing-mix?format=csv&organization=" + storeA + period,
                        "/api/reports/financing-mix?format=csv&organization=" + storeB + period, MANAGER),
                MatrixCell.get("/api/reports/donation-receipt?format=csv&year=" + year + "&donor=" + donorA,
                        "/api/reports/donation-receipt?format=csv&year=" + year + "&donor=" + donorBId, MANAGER),
                MatrixCell.of("POST", "/api/donors", () -> donor(run, storeA), "/api/donors", () -> donor(run, storeB),
                        MANAGER),
                MatrixCell.of("GET", "/api/donors", null, "/api/donors?limit=500", null, STAFF, donorB),
                MatrixCell.get("/api/donors/" + donorA, "/api/donors/" + donorBId, STAFF),
                MatrixCell.of("POST", "/api/donations", money, "/api/donations", moneyB, MANAGER),
                MatrixCell.get("/api/donations?organization=" + storeA, "/api/donations?organization=" + storeB, STAFF),
                MatrixCell.of("GET", "/api/donations", null, "/api/donations?limit=500", null, STAFF, donationB),
                MatrixCell.get("/api/donations/" + donationA, "/api/donations/" + donationB, STAFF),
                MatrixCell.of("POST", "/api/volunteering", () -> hours(run, storeA, today), "/api/volunteering",
                        () -> hours(run, storeB, today), TILL),
                MatrixCell.get("/api/volunteering?organization=" + storeA, "/api/volunteering?organization=" + storeB,
                        STAFF),
                MatrixCell.get("/api/cagnotte?organization=" + storeA, "/api/cagnotte?organization=" + storeB,
                        MANAGER),
                MatrixCell.get("/api/cagnotte/funds?organization=" + storeA,
                        "/api/cagnotte/funds?organization=" + storeB, TILL));
    }

    /** The store says it may issue receipts for gifts; its legal identity, sent again, stays as it was. */
    private static void mayIssueReceipts(Http admin, String org) {
        Http.Response current = admin.get("/api/organizations/" + org);
        Map<String, Object> body = new java.util.HashMap<>();
        for (String field : List.of("legalName", "address", "postalCode", "city", "siret", "vatNumber")) {
            if (current.json().hasNonNull(field)) {
                body.put(field, current.json().get(field).asText());
            }
        }
        body.put("mayIssueDonationReceipts", true);
        Http.Response r = admin.put("/api/organizations/" + org, body);
        if (r.status() != 200) {
            throw new IllegalStateException(r.raw());
        }
    }

    private static Map<String, Object> donor(String run, String org) {
        return Map.of("name", "Matrice " + run + "-" + SEQ.incrementAndGet(), "kind", "COMPANY", "organization", org);
    }

    /** An hour of a new volunteer each time: no call is refused for a day already full. */
    private static Map<String, Object> hours(String run, String org, String today) {
        return Map.of("organization", org, "volunteer", "Matrice " + run + "-" + SEQ.incrementAndGet(), "date", today,
                "hours", "1", "task", "TILL");
    }
}
