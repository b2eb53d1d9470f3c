package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** A delivery recorded wrongly at the hub is taken back before the round is shared out, never after. */
@ExtendWith(VivresSystem.class)
class ReceiptCorrectionIT {
    static RoundFixture f;

    @BeforeAll
    static void setUp(Api admin) {
        f = new RoundFixture(admin);
    }

    static BigDecimal hubStock(String product) {
        return new BigDecimal(f.fx.onHand(f.hub, product));
    }

    static String path(String round, String receipt) {
        return "/api/procurement/rounds/" + round + "/receipts/" + receipt;
    }

    @Test
    void aMistypedReceiptIsTakenBackWithItsStockUntilTheRoundIsAllocated() {
        String round = f.round(f.s1);
        f.need(f.m1, round, f.s1, f.carrots, "10");
        assertThat(f.close(f.hubManager, round).status()).isEqualTo(200);
        BigDecimal before = hubStock(f.carrots);
        String typo = RoundFixture.created(f.receive(f.hubManager, round, f.carrots, "100"));
        assertThat(hubStock(f.carrots)).isEqualByComparingTo(before.add(new BigDecimal("100")));

        assertThat(f.m1.delete(path(round, typo)).status()).as("a store's manager is not the hub's").isIn(403, 404);
        assertThat(f.hubManager.delete(path(round, UUID.randomUUID().toString())).status()).isEqualTo(404);
        String other = f.round(f.s1);
        assertThat(f.hubManager.delete(path(other, typo)).status()).as("through another round").isEqualTo(404);
        assertThat(hubStock(f.carrots)).as("refusals moved nothing").isEqualByComparingTo(before.add(new BigDecimal("100")));

        assertThat(f.hubManager.delete(path(round, typo)).status()).isEqualTo(204);

        assertThat(hubStock(f.carrots)).isEqualByComparingTo(before);
        assertThat(f.hubManager.delete(path(round, typo)).status()).as("once").isEqualTo(404);
        String right = RoundFixture.created(f.receive(f.hubManager, round, f.carrots, "10"));
        assertThat(f.allocate(f.hubManager, round).status()).isEqualTo(200);
        Api.Response late = f.hubManager.delete(path(round, right));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("ROUND_NOT_CLOSED");
        assertThat(f.read(round).path("status").asText()).isEqualTo("ALLOCATED");
    }

    @Test
    void aReceiptWhoseGoodsHaveLeftTheHubIsNotTakenBack() {
        String round = f.round(f.s1);
        f.need(f.m1, round, f.s1, f.apples, "6");
        assertThat(f.close(f.hubManager, round).status()).isEqualTo(200);
        String receipt = RoundFixture.created(f.receive(f.hubManager, round, f.apples, "6"));
        BigDecimal all = hubStock(f.apples);
        Api.Response out = f.admin.post("/api/stock/movements", java.util.Map.of("organization", f.hub,
                "product", f.apples, "quantity", all.toPlainString(), "reason", "TRANSFER_OUT"));
        assertThat(out.status()).as(out.toString()).isEqualTo(201);

        Api.Response refused = f.hubManager.delete(path(round, receipt));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("RECEIPT_STOCK_GONE");
        assertThat(refused.message()).contains("6");
        assertThat(hubStock(f.apples)).isEqualByComparingTo("0");
        assertThat(f.read(round).path("receipts").toString()).contains(receipt);
    }
}
