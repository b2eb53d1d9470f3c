package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The till's side of the UI contribution contract (docs/ui-contributions.md): a capability bundle's
 * payment button and panel, played here by answers the browser gets instead of the API's (no such
 * bundle is installed in this system), are loaded, mounted and given a working ctx.
 */
@ExtendWith(VivresSystem.class)
class TillContributionsIT {
    static final String PAYMENT_MODULE = """
            export function mount(ctx) {
              const b = document.createElement('button');
              b.id = 'test-pay';
              b.className = 'big';
              b.textContent = ctx.contribution.title;
              b.onclick = () => {
                try {
                  ctx.addPayment({ method: 'CARD', amount: '999.00' });
                } catch (e) {
                  window.testPayError = e.message;
                  ctx.addPayment({ method: 'CARD', amount: ctx.ticket().remaining, label: ctx.contribution.title });
                }
              };
              ctx.el.append(b);
              return () => b.remove();
            }
            """;
    static final String PANEL_MODULE = """
            export function mount(ctx) {
              const p = document.createElement('p');
              p.id = 'test-panel';
              const show = (t) => { p.textContent = t.lines.length + ' / ' + (t.total ?? '…') + ' / ' + ctx.lang + ' / ' + ctx.user.username; };
              show(ctx.ticket());
              ctx.onChange(show);
              ctx.el.append(p);
            }
            """;

    static Shop shop;
    static Browser browser;
    static String cashier;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        cashier = shop.user("CASHIER");
        browser = Browser.open(system.running().baseUrl());
        // The fake bundle answers the page's requests; the till's service worker would fetch past it.
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    static HttpResponse answer(String contentType, String body) {
        return new HttpResponse().setStatus(200).addHeader("Content-Type", contentType).setContent(Contents.utf8String(body));
    }

    static Route fakeBundle() {
        return Route.matching(req -> req.getUri().contains("/api/ui/contributions?place=till") || req.getUri().contains("/ui/test/"))
                .to(() -> req -> {
                    String uri = req.getUri();
                    if (uri.contains("/ui/test/pay.js")) {
                        return answer("text/javascript", PAYMENT_MODULE);
                    }
                    if (uri.contains("/ui/test/panel.js")) {
                        return answer("text/javascript", PANEL_MODULE);
                    }
                    if (uri.contains("/ui/test/broken.js")) {
                        return answer("text/javascript", "export function mount() { throw new Error('broken'); }");
                    }
                    String items = uri.contains("till.payment")
                            ? "{\"id\":\"test.pay\",\"place\":\"till.payment\",\"title\":\"Bon d'achat\",\"module\":\"/ui/test/pay.js\"}"
                            : "{\"id\":\"test.panel\",\"place\":\"till.panel\",\"title\":\"Panneau test\",\"module\":\"/ui/test/panel.js\"},"
                            + "{\"id\":\"test.broken\",\"place\":\"till.panel\",\"title\":\"Cassé\",\"module\":\"/ui/test/broken.js\"}";
                    return answer("application/json", "{\"items\":[" + items + "]}");
                });
    }

    @Test
    void aContributedPanelFollowsTheTicketAndAContributedMethodPays() {
        String[] jam = shop.product("Confiture", "2.50", "UNIT");
        try (NetworkInterceptor interceptor = new NetworkInterceptor(browser.driver, fakeBundle())) {
            browser.go("/pos/");
            browser.login(cashier, Shop.PASSWORD);
            browser.openTillSession("0");
            assertThat(browser.textContains("#test-panel", "0 / 0.00")).endsWith(" / fr / " + cashier);
            assertThat(browser.textContains("#till-panels", "Panneau test")).contains("« Cassé » n’a pas pu être chargé.");

            TillSaleIT.scanInto(browser, jam[1]);
            browser.textContains("#test-panel", "1 / 2.50");
            browser.visible("#product-search").sendKeys(Keys.F9);
            browser.visible("#test-pay");
            browser.screenshot("contrib-01-payment-button");
            browser.visible("#test-pay").click();

            browser.textContains("#receipt", "Carte");
            assertThat(browser.js("return window.testPayError")).as("more than remains is refused")
                    .isEqualTo("Le montant dépasse le reste à payer.");
            assertThat(browser.visible("#receipt-number").getText()).startsWith("Ticket T");
        }
        JsonNode ticket = shop.tickets().json().path("items").get(0);
        assertThat(ticket.path("payments").get(0).path("method").asText()).isEqualTo("CARD");
        assertThat(ticket.path("payments").get(0).path("amount").asText()).isEqualTo("2.50");
    }
}
