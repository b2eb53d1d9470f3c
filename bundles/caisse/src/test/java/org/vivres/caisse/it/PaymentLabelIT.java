package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The kernel's journal and receipt print {@code CAISSE} in the caisse bundle's words, in the reader's language,
 * asked through the payment method: « Caisse alimentaire », « Food fund ». Without the bundle nobody claims the code,
 * and the code itself prints (the money it took is still there).
 */
@ExtendWith(VivresSystem.class)
class PaymentLabelIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void theJournalNamesTheFoodFundInTheReadersLanguageAndItsCodeWithoutTheBundle(VivresSystem system)
            throws Exception {
        Api admin = system.admin();
        CaisseFixtures cx = new CaisseFixtures(admin);
        ReportHttp.awaitReports(admin);
        String store = cx.fx.store();
        String fund = cx.fund("50.00", "0.00", null);
        cx.convention(fund, store);
        String carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of(), 10);
        String household = cx.fx.household(store);
        cx.member(fund, household, "5.00");
        cx.openPeriod(fund, CaisseFixtures.month());
        Api cashier = cx.fx.user("CASHIER", store);
        Api.Response sale = cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        String journal = "/api/reports/sales-journal?organization=" + store;

        assertThat(ReportHttp.ok(cashier, journal, "pdf").pdfText())
                .contains("Caisse alimentaire 10,00 €", "Caisse alimentaire 1 ticket 10,00 €").doesNotContain("CAISSE");
        assertThat(ReportHttp.ok(cashier.english(), journal, "pdf").pdfText())
                .contains("Food fund 10,00 €", "Food fund 1 ticket 10,00 €").doesNotContain("CAISSE");
        assertThat(ReportHttp.ok(cashier, "/api/reports/ticket?id=" + sale.text("id"), "pdf").pdfText())
                .contains("Caisse alimentaire").doesNotContain("CAISSE");

        Bundle caisse = Arrays.stream(system.running().framework().getBundleContext().getBundles())
                .filter(b -> "org.vivres.caisse".equals(b.getSymbolicName())).findFirst().orElseThrow();
        caisse.stop();
        try {
            assertThat(awaitJournal(cashier, journal, "CAISSE 1 ticket 10,00 €")).contains("CAISSE 10,00 €")
                    .doesNotContain("Caisse alimentaire");
        } finally {
            caisse.start();
        }
        ReportHttp.awaitReports(admin); // the caisse back, for the tests that follow in this system
        assertThat(awaitJournal(cashier, journal, "Caisse alimentaire 1 ticket 10,00 €")).isNotEmpty();
        awaitUp(admin);
    }

    /**
     * Until the system says UP and answers the caisse's own routes: the kernel rebuilds its persistence for the
     * restarted bundle's tables a moment after the bundle is back, and the tests that follow in this system must not
     * meet that moment (503 STARTING).
     */
    private static void awaitUp(Api as) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (as.get("/api/health").status() == 200 && as.get("/api/caisse/funds?limit=1").status() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(as.get("/api/health").status()).as("the system back within " + DEADLINE).isEqualTo(200);
    }

    /** The journal's text once it contains {@code expected} (the bundle's services come and go in a moment). */
    private static String awaitJournal(Api as, String path, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            ReportHttp.Raw r = ReportHttp.get(as, path + "&format=pdf");
            text = r.status() == 200 ? r.pdfText() : "";
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(200);
        }
        assertThat(text).as("journal within " + DEADLINE).contains(expected);
        return text;
    }
}
