package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * Screens that fit the machines épiceries run on (issue 17): an old laptop (1366×768) and a portrait tablet
 * (800×1280), with every bundle installed as in the demo. At the till the total, « Encaisser » and every dialog's
 * buttons are in sight without scrolling the page, with a ticket of a dozen long names; the back office is never
 * wider than the screen, on any screen, for a manager and for the network admin.
 */
@ExtendWith(VivresSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenFitWithCapabilitiesIT {
    static final int[] LAPTOP = {1366, 768};
    static final int[] TABLET = {800, 1280};
    static final String[] NAMES = {"Confiture extra de fraises et rhubarbe du jardin partagé 370 g",
        "Huile d’olive vierge extra première pression à froid 75 cl", "Pâtes complètes au blé dur biologique 500 g",
        "Lait demi-écrémé UHT de la ferme des Monts du Lyonnais 1 L", "Café moulu pur arabica commerce équitable 250 g",
        "Riz long grain étuvé de Camargue sachet cuisson 1 kg", "Savon de Marseille à l’huile d’olive 300 g",
        "Biscuits sablés au beurre frais et pépites de chocolat", "Compote pomme-poire sans sucres ajoutés 4 × 100 g",
        "Lentilles vertes du Puy en Velay appellation d’origine", "Thé vert à la menthe en sachets mousseline × 20",
        "Farine de blé type 65 bise moulue sur meule de pierre 1 kg"};

    static Shop shop;
    static Browser browser;
    static String cashier;
    static String manager;
    static String networkAdmin;
    static String household;
    static String bigSale;
    static final List<String[]> PRODUCTS = new ArrayList<>();

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        cashier = shop.user("CASHIER");
        manager = shop.user("MANAGER");
        networkAdmin = shop.networkAdmin();
        for (int i = 0; i < NAMES.length; i++) {
            PRODUCTS.add(shop.product(NAMES[i], (i + 1) + ".35", "UNIT", i % 2 == 0 ? "FRUITS" : "EPICERIE"));
        }
        // A household with a tier and a food fund, as the demo has: the payment dialog offers the fund too.
        LocalDate today = LocalDate.now();
        String tier = shop.fx.unique("T").toUpperCase();
        created(admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Solidaire", "organization", shop.store,
                "percentOfReference", "50", "categoryPercents", Map.of())));
        String fund = created(admin.post("/api/caisse/funds", Map.of("name", shop.fx.unique("Caisse alimentaire"),
                "monthlyAllowance", "30.00", "minContribution", "0.00", "maxContribution", "40.00"))).text("id");
        created(admin.post("/api/caisse/funds/" + fund + "/conventions", Map.of("organization", shop.store,
                "validFrom", today.minusDays(30).toString())));
        created(admin.post("/api/caisse/funds/" + fund + "/criteria", Map.of("categories", List.of("FRUITS"))));
        String[] home = shop.household();
        household = home[1];
        created(admin.put("/api/households/" + home[0] + "/tier", Map.of("tier", tier,
                "validFrom", today.minusDays(1).toString(), "validTo", today.plusYears(1).toString())));
        created(admin.post("/api/caisse/funds/" + fund + "/members", Map.of("household", home[0], "contribution", "5.00")));
        created(admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2029-0" + (1 + (int) (Math.random() * 9)))));
        // A sale of every product, to bring back at the returns dialog (and to fill the back office's tables).
        List<Map<String, String>> lines = new ArrayList<>();
        long cents = 0;
        for (int i = 0; i < PRODUCTS.size(); i++) {
            lines.add(Map.of("product", PRODUCTS.get(i)[0], "quantity", "1"));
            cents += (i + 1) * 100L + 35;
        }
        Api.Response sold = created(admin.post("/api/tickets", Map.of("organization", shop.store, "lines", lines,
                "payments", List.of(Map.of("method", "CASH", "amount", java.math.BigDecimal.valueOf(cents, 2).toPlainString())))));
        bigSale = sold.text("documentNo");
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r;
    }

    @Test
    @Order(1)
    void theTillFitsAnOldLaptop() {
        tillAt(LAPTOP);
    }

    @Test
    @Order(2)
    void theTillFitsAPortraitTablet() {
        tillAt(TABLET);
    }

    @Test
    @Order(3)
    void theBackOfficeIsNeverWiderThanTheScreen() {
        SoftAssertions soft = new SoftAssertions();
        for (String user : List.of(manager, networkAdmin)) {
            for (int[] size : List.of(LAPTOP, TABLET)) {
                viewport(size);
                browser.go("/backoffice/");
                browser.until(d -> browser.present("#login-username") || browser.present("#bo-nav a"));
                if (browser.present("#login-username")) {
                    browser.login(user, Shop.PASSWORD);
                }
                List<String[]> screens = browser.until(d -> {
                    List<WebElement> links = browser.all("#bo-nav a");
                    return links.isEmpty() ? null : links.stream()
                            .map(a -> new String[] {a.getAttribute("data-screen"), a.getText()}).toList();
                });
                for (String[] screen : screens) {
                    browser.js("location.hash = '#/' + arguments[0]", screen[0]);
                    browser.until(d -> screen[1].equals(browser.visible("#bo-main h1").getText()));
                    settle();
                    String where = screen[0] + " for " + (user.equals(manager) ? "a manager" : "the network admin")
                            + " at " + size[0] + "×" + size[1];
                    soft.assertThat(pageWidth()).as("the page's width on " + where).isLessThanOrEqualTo(size[0]);
                    if (screen[0].equals("pos.products") && user.equals(networkAdmin)) {
                        browser.screenshot("fit-backoffice-products-" + size[0]);
                        for (String field : List.of("#new-sku", "#new-name", "#new-category", "#new-uom", "#new-price",
                                "#new-vat", "#new-labels", "#new-origin", "#product-form-submit")) {
                            soft.assertThat(across(field)).as(field + " of the new-product form on " + where).isEqualTo("fits");
                        }
                    }
                }
                browser.screenshot("fit-backoffice-" + (user.equals(manager) ? "manager-" : "admin-") + size[0]);
            }
            browser.logout();
        }
        soft.assertAll();
    }

    /** A ticket of a dozen long names, then each dialog of the till, at {@code size}. */
    void tillAt(int[] size) {
        String at = " at " + size[0] + "×" + size[1];
        SoftAssertions soft = new SoftAssertions();
        viewport(size);
        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#login-username")) {
            browser.login(cashier, Shop.PASSWORD);
        }
        browser.visible("#product-search");
        browser.until(d -> "open".equals(browser.tillState()) || browser.all("#open-float").stream().anyMatch(WebElement::isDisplayed));
        if (!"open".equals(browser.tillState())) {
            soft.assertThat(fits("#open-submit")).as("the opening dialog's button" + at).isEqualTo("fits");
            browser.openTillSession("50,00");
        }

        browser.visible("#household-input").sendKeys(household + Keys.ENTER);
        browser.textContains("#household-details", household);
        for (String[] product : PRODUCTS) {
            TillSaleIT.scanInto(browser, product[1]);
        }
        browser.until(d -> browser.all("#lines-body tr").size() == PRODUCTS.size()
                && browser.all("#lines-body td.paid-price.pending").isEmpty());
        browser.screenshot("fit-till-ticket-" + size[0]);
        for (String css : List.of("#ticket-total", "#checkout", "#product-search", "#household-details",
                "#cash-move-button", "#close-till-button", "#returns-button", "#logout-button")) {
            soft.assertThat(fits(css)).as(css + at).isEqualTo("fits");
        }
        soft.assertThat(pageWidth()).as("the till's width" + at).isLessThanOrEqualTo(size[0]);
        if (size == LAPTOP) {
            soft.assertThat(linesInSight()).as("basket lines in sight" + at).isGreaterThanOrEqualTo(8);
        }
        soft.assertThat(nameLines()).as("each product's name on one line, whole in its title" + at)
                .containsOnly("1 line, titled");

        // Payment, with the food fund's form open.
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount");
        browser.visible("#caisse-pay-button"); // the fund's module is loaded as the dialog opens
        for (String css : List.of("#pay-cash", "#pay-card", "#caisse-pay-button", ".payment-dialog .dialog-close")) {
            soft.assertThat(fits(css)).as(css + at).isEqualTo("fits");
        }
        jsClick("#caisse-pay-button");
        browser.visible("#caisse-pay-confirm");
        browser.screenshot("fit-till-payment-" + size[0]);
        for (String css : List.of("#caisse-pay-confirm", "#pay-cash", "#pay-card")) {
            soft.assertThat(fits(css)).as(css + " with the fund's form open" + at).isEqualTo("fits");
        }
        closeDialog();
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.ENTER);
        browser.textContains("#receipt-number", "Ticket T");
        browser.screenshot("fit-till-receipt-" + size[0]);
        for (String css : List.of("#new-ticket", "#print-receipt")) {
            soft.assertThat(fits(css)).as(css + " of the receipt" + at).isEqualTo("fits");
        }
        closeDialog();

        // A return of a sale of twelve lines, with a refusal to read.
        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(bigSale + Keys.ENTER);
        browser.until(d -> browser.all(".return-qty").size() == PRODUCTS.size());
        for (String css : List.of("#return-submit", "#return-all", ".returns-dialog .dialog-close")) {
            soft.assertThat(fits(css)).as(css + at).isEqualTo("fits");
        }
        // Scrolled down to the last lines, as a cashier would be, nothing chosen: the refusal is in sight all the same.
        browser.js("const d = document.querySelector('dialog[open]'); d.scrollTop = 1e6;"
                + " d.querySelector('.dialog-body').scrollTop = 1e6;");
        jsClick("#return-submit");
        browser.until(d -> !browser.visible("#return-message").getText().isBlank());
        browser.screenshot("fit-till-return-" + size[0]);
        soft.assertThat(fits("#return-message")).as("the return's refusal" + at).isEqualTo("fits");
        closeDialog();

        jsClick("#cash-move-button");
        browser.visible("#move-amount");
        for (String css : List.of("#move-in", "#move-out", "#move-bank", "#move-submit")) {
            soft.assertThat(fits(css)).as(css + at).isEqualTo("fits");
        }
        closeDialog();

        browser.visible("#product-search").sendKeys(Keys.F10);
        browser.visible("#count-CASH").sendKeys("60");
        browser.screenshot("fit-till-count-" + size[0]);
        soft.assertThat(fits("#close-submit")).as("the closing's button" + at).isEqualTo("fits");
        jsClick("#close-submit");
        browser.visible("#z-report");
        browser.screenshot("fit-till-z-" + size[0]);
        for (String css : List.of("#z-next", "#z-print")) {
            soft.assertThat(fits(css)).as(css + " of the Z" + at).isEqualTo("fits");
        }
        jsClick("#z-next");
        browser.visible("#open-float");
        soft.assertThat(fits("#open-submit")).as("the opening dialog's button after the Z" + at).isEqualTo("fits");
        closeDialog();
        soft.assertAll();
    }

    /** The viewport of the device, whatever the window around it. */
    static void viewport(int[] size) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * "fits" when the element is wholly inside the viewport, not hidden by anything nor clipped by a scrolled area, in
     * a page that is neither scrolled nor wider than the screen; otherwise what is wrong.
     */
    static String fits(String css) {
        return String.valueOf(browser.js("""
                const el = document.querySelector(arguments[0]);
                if (!el) return 'absent';
                const r = el.getBoundingClientRect(), w = innerWidth, h = innerHeight;
                const at = JSON.stringify({ left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right),
                  bottom: Math.round(r.bottom) });
                if (r.width === 0 || r.height === 0) return 'not shown';
                if (scrollX !== 0 || scrollY !== 0) return 'the page is scrolled by ' + scrollX + ',' + scrollY;
                if (document.documentElement.scrollWidth > w) return 'the page is ' + document.documentElement.scrollWidth + ' px wide';
                if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5) return 'outside the ' + w + '×' + h + ' screen: ' + at;
                // Inside its rounded corners: its first and last quarters and its middle.
                const q = (a, b, f) => a + (b - a) * f;
                for (const f of [0.25, 0.5, 0.75]) {
                  const x = q(r.left, r.right, f), y = q(r.top, r.bottom, f);
                  const top = document.elementFromPoint(x, y);
                  if (!top || !(top === el || el.contains(top))) return 'hidden at ' + at + ' under ' + (top ? top.outerHTML.slice(0, 80) : 'nothing');
                }
                return 'fits';
                """, css));
    }

    /** "fits" when the element lies across the screen's width (the page may scroll down to it), wide enough to use. */
    static String across(String css) {
        return String.valueOf(browser.js("""
                const el = document.querySelector(arguments[0]);
                if (!el) return 'absent';
                const r = el.getBoundingClientRect();
                if (r.left < 0 || r.right > innerWidth) return 'from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px on a ' + innerWidth + ' px screen';
                if (r.width < 120) return 'only ' + Math.round(r.width) + ' px wide';
                return 'fits';
                """, css));
    }

    static long pageWidth() {
        return ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
    }

    /** The basket's lines wholly in sight in its scrolled list. */
    static long linesInSight() {
        return ((Number) browser.js("""
                const wrap = document.querySelector('.lines-wrap').getBoundingClientRect();
                return [...document.querySelectorAll('#lines-body tr')].filter((tr) => {
                  const r = tr.getBoundingClientRect();
                  return r.top >= wrap.top - 0.5 && r.bottom <= Math.min(wrap.bottom, innerHeight) + 0.5;
                }).length;
                """)).longValue();
    }

    /** For each line: "1 line, titled" when its name takes one line and its title says it whole. */
    @SuppressWarnings("unchecked")
    static List<String> nameLines() {
        return (List<String>) browser.js("""
                return [...document.querySelectorAll('#lines-body td.name')].map((td) => {
                  const text = [...td.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)
                    || td.querySelector('.line-name')?.firstChild;
                  if (!text) return 'no name';
                  const range = document.createRange();
                  range.selectNodeContents(text);
                  const rows = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
                  const whole = (td.getAttribute('title') || td.querySelector('[title]')?.getAttribute('title') || '');
                  return rows === 1 && whole.startsWith(text.textContent.replace(/…$/, '').trim())
                    ? '1 line, titled' : rows + ' line(s), title «' + whole + '» for «' + text.textContent + '»';
                });
                """);
    }

    /** Clicks in the page itself: the driver would scroll the page to the element first, hiding what is measured. */
    static void jsClick(String css) {
        browser.visible(css);
        browser.js("document.querySelector(arguments[0]).click()", css);
    }

    static void closeDialog() {
        browser.js("document.querySelector('dialog[open] .dialog-close')?.click()");
        browser.until(d -> browser.all("dialog[open]").isEmpty());
    }

    /** Waits until the screen stops changing (its lists arrive after it). */
    static void settle() {
        String[] last = {""};
        browser.until(d -> {
            String now = String.valueOf(browser.js("return document.getElementById('bo-main').innerHTML.length + ':'"
                    + " + document.documentElement.scrollWidth"));
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }
}
