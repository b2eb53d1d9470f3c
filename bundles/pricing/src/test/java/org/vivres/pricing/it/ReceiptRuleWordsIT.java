package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.ticketBody;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.ReportHttp;
import org.vivres.it.VivresSystem;

/**
 * A receipt says what priced a line in the pricing bundle's words — the tier's name and what was paid of the
 * reference price, in the reader's language — never the code {@code TIER:<code>}: the kernel asks the bundle.
 */
@ExtendWith(VivresSystem.class)
class ReceiptRuleWordsIT {

    @Test
    void theReceiptNamesTheTierAndThePercentPaidInFrenchAndEnglish(Api admin) throws IOException {
        PricingFixtures pf = new PricingFixtures(admin);
        String store = pf.fx.store();
        String bread = pf.fx.product("3.40");
        String tier = pf.tier(store, "30");
        String household = pf.householdWith(store, tier);
        Api cashier = pf.fx.user("CASHIER", store);
        Map<String, Object> body = ticketBody(store, household, List.of(line(bread, "1")));
        body.put("payments", List.of(Map.of("method", "CASH", "amount", "1.02")));
        Api.Response sale = cashier.post("/api/tickets", body);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        String path = "/api/reports/ticket?id=" + sale.text("id");

        // 1.02 of 3.40: 30 % of the reference price
        assertThat(pdfText(cashier, path)).contains("(Tarif " + tier + " 30 %)").doesNotContain("TIER:");
        assertThat(pdfText(cashier.english(), path)).contains("(Tarif " + tier + " 30%)").doesNotContain("TIER:");
    }

    private static String pdfText(Api as, String path) throws IOException {
        ReportHttp.Raw r = ReportHttp.get(as, path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            return ReportHttp.normalized(new PDFTextStripper().getText(pdf));
        }
    }
}
