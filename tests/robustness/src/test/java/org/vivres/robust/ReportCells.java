package org.vivres.robust;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.vivres.load.Network;

/**
 * The reports of the access matrix: each report source checks roles and organizations like the API route whose data
 * it prints (a ticket for the till's staff, a member's statement for managers and referrers of the member's store, a
 * settlement for network admins). Rendered as CSV, the cheapest format: access is checked before rendering.
 */
final class ReportCells {
    private static final List<String> STAFF = List.of("CASHIER", "MANAGER", "REFERRER");
    private static final List<String> MANAGER = List.of("MANAGER");
    private static final List<String> FUND_READERS = List.of("MANAGER", "REFERRER");

    private ReportCells() {
    }

    static List<MatrixCell> cells(Network n, Network.Store a, Network.Store b, String ticketA, String ticketB,
                                  ProcurementCells.Delivered rounds) {
        String month = YearMonth.from(Network.today()).toString();
        LocalDate today = Network.today();
        String period = "&from=" + today.withDayOfMonth(1) + "&to=" + today;
        String r = "/api/reports/";
        return List.of(
                MatrixCell.get("/api/reports", null, STAFF),
                MatrixCell.get(r + "ticket?format=csv&id=" + ticketA, r + "ticket?format=csv&id=" + ticketB,
                        List.of("CASHIER", "MANAGER")),
                MatrixCell.get(r + "sales-journal?format=csv&organization=" + a.id(),
                        r + "sales-journal?format=csv&organization=" + b.id(), List.of("CASHIER", "MANAGER")),
                MatrixCell.get(r + "caisse-member-statement?format=csv&month=" + month + "&member="
                        + a.households().get(0).member(), r + "caisse-member-statement?format=csv&month=" + month
                        + "&member=" + b.households().get(0).member(), FUND_READERS),
                MatrixCell.get(r + "caisse-fund?format=csv&fund=" + n.fund() + period, null, FUND_READERS),
                MatrixCell.get(r + "caisse-settlement?format=csv&fund=" + n.fund() + "&month=" + month, null,
                        List.of()),
                MatrixCell.get(r + "funders?format=csv" + period, null, FUND_READERS),
                MatrixCell.get(r + "pricing-balance?format=csv&organization=" + a.id() + period,
                        r + "pricing-balance?format=csv&organization=" + b.id() + period, MANAGER),
                MatrixCell.get(r + "activity?format=csv&activity=" + a.activity(),
                        r + "activity?format=csv&activity=" + b.activity(), MANAGER),
                MatrixCell.get(r + "procurement-order?format=csv&round=" + rounds.roundA() + "&supplier="
                        + rounds.supplier(), r + "procurement-order?format=csv&round=" + rounds.roundB()
                        + "&supplier=" + rounds.supplier(), MANAGER),
                MatrixCell.get(r + "procurement-allocation?format=csv&round=" + rounds.roundA(),
                        r + "procurement-allocation?format=csv&round=" + rounds.roundB(), MANAGER));
    }
}
