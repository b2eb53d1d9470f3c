package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * A till keeps a fund's conventions and criteria in memory between tickets: a change made through the back office,
 * or by hand in the database behind the application (as another node would), still decides the very next payment.
 */
@ExtendWith(VivresSystem.class)
class CaisseTillTermsIT {
    static VivresSystem system;
    static Api admin;
    static CaisseFixtures cx;
    static String store;
    static Api cashier;
    static String carrots;
    static String soda;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        admin = vivres.admin();
        cx = new CaisseFixtures(admin);
        store = cx.fx.store();
        cashier = cx.fx.user("CASHIER", store);
        carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of("ORGANIC"), 20);
        soda = cx.fx.product("BOISSONS", "1.20", "UNIT", List.of(), 500);
        cx.fx.stock(store, carrots, "1000");
        cx.fx.stock(store, soda, "1000");
    }

    private record Funded(String fund, String household, String member) {
    }

    /** A fund of its own with one member of the store, credited 100.00, and no convention nor criterion yet. */
    private static Funded funded() {
        String fund = cx.fund("100.00", "1.00", null);
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "2.00");
        cx.openPeriod(fund, "2026-12");
        return new Funded(fund, household, member);
    }

    private static Api.Response pays(Funded hm, String product, String amount) {
        return cashier.post("/api/tickets", ticket(store, hm.household(), List.of(line(product, "1")),
                List.of(pay("CAISSE", amount))));
    }

    private static void bySql(String sql, String fund) throws Exception {
        var db = system.running().database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, UUID.fromString(fund));
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aConventionMadeOrEndedDecidesTheVeryNextPayment() throws Exception {
        Funded hm = funded();
        assertThat(pays(hm, carrots, "2.50").code()).isEqualTo("CAISSE_NOT_CONVENTIONED");

        cx.convention(hm.fund(), store);
        Api.Response paid = pays(hm, carrots, "2.50");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("97.50");

        // The convention ends behind the application, as another node or an administrator would end it.
        bySql("update caisse_convention set valid_to = date '2020-12-31' where fund_id = ?", hm.fund());
        assertThat(pays(hm, carrots, "2.50").code()).isEqualTo("CAISSE_NOT_CONVENTIONED");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo(cx.ledgerBalance(hm.member()))
                .isEqualByComparingTo("97.50");
    }

    @Test
    void aCriterionAddedOrChangedDecidesTheVeryNextPayment() throws Exception {
        Funded hm = funded();
        cx.convention(hm.fund(), store);
        Api.Response anything = pays(hm, soda, "1.20");
        assertThat(anything.status()).as(anything.toString()).isEqualTo(201);

        cx.criterion(hm.fund(), Map.of("excludedCategories", List.of("BOISSONS")));
        assertThat(pays(hm, soda, "1.20").code()).isEqualTo("CAISSE_NOT_ELIGIBLE");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("98.80");

        bySql("update caisse_criterion set excluded_categories = 'LEGUMES' where fund_id = ?", hm.fund());
        Api.Response soda2 = pays(hm, soda, "1.20");
        assertThat(soda2.status()).as(soda2.toString()).isEqualTo(201);
        assertThat(pays(hm, carrots, "2.50").code()).isEqualTo("CAISSE_NOT_ELIGIBLE");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo(cx.ledgerBalance(hm.member()))
                .isEqualByComparingTo("97.60");
    }
}
