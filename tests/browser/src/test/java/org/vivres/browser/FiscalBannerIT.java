package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;
import org.vivres.launcher.DatabaseSettings;

/**
 * A sealed ticket changed behind the application (as the database's owner, triggers off): once a check finds it,
 * the store's manager and the network admin see the red banner above the back office's screens. The store's chain
 * stays broken in the shared system: other tests' stores are untouched and the banner only adds an element above
 * their screens.
 */
@ExtendWith(VivresSystem.class)
class FiscalBannerIT {
    Browser browser;

    @RegisterExtension
    final FailureShots shots = new FailureShots(() -> browser);

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aBrokenChainShowsARedBannerToTheManagerAndTheNetworkAdmin(VivresSystem system, Api admin) throws Exception {
        Shop shop = new Shop(admin);
        String[] product = shop.product("Riz", "1.50", "UNIT");
        String manager = shop.user("MANAGER");
        Api cashier = admin.login(shop.user("CASHIER"), Shop.PASSWORD);
        Api.Response sale = cashier.post("/api/tickets", Map.of("organization", shop.store,
                "lines", List.of(Map.of("product", product[0], "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);

        browser = Browser.open(system.running().baseUrl());
        browser.go("/backoffice/");
        browser.login(manager, Shop.PASSWORD);
        browser.visible("#bo-nav a");
        assertThat(browser.all("#fiscal-broken")).isEmpty();
        browser.close();

        DatabaseSettings db = system.running().database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("alter table erp_ticket disable trigger user");
            s.execute("update erp_ticket set total = 0.30 where id = '" + sale.text("id") + "'");
            s.execute("alter table erp_ticket enable trigger user");
        }
        assertThat(admin.get("/api/fiscal/verify?organization=" + shop.store).json().path("status").asText())
                .isEqualTo("BROKEN");

        browser = Browser.open(system.running().baseUrl());
        browser.go("/backoffice/");
        browser.login(manager, Shop.PASSWORD);
        assertThat(browser.textContains("#fiscal-broken", "ne sont plus intègres")).contains("de votre épicerie")
                .contains("CHANGED total");
        browser.screenshot("fiscal-banner-manager");
        browser.close();

        browser = Browser.open(system.running().baseUrl());
        browser.go("/backoffice/");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        assertThat(browser.textContains("#fiscal-broken", "ne sont plus intègres")).contains("du réseau");
    }
}
