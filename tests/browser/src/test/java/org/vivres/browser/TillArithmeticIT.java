package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.vivres.it.VivresSystem;

/**
 * The till's own arithmetic (`/ui/pos/decimal.js`, used while it prices offline) against the server's: a line amount
 * and a percentage of a reference price, to the cent, for thousands of random values, in the real browser.
 */
@ExtendWith(VivresSystem.class)
class TillArithmeticIT {
    static Browser browser;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system) {
        browser = Browser.open(system.running().baseUrl());
        browser.go("/pos/");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The server's rounding (erp-api {@code Money}): half-up to the cent. */
    static BigDecimal euros(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTillRoundsPercentagesAndLineAmountsAsTheServerDoes() {
        Random random = new Random(20261126);
        List<List<String>> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000), 2);
            BigDecimal percent = BigDecimal.valueOf(random.nextInt(20_000), 2 - random.nextInt(3));
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(20_000), 3);
            cases.add(List.of(price.toPlainString(), percent.toPlainString(), quantity.toPlainString()));
        }

        List<Map<String, String>> till = (List<Map<String, String>>) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("""
                        const [cases, done] = arguments;
                        import('/ui/pos/decimal.js').then((d) => done(cases.map(([price, percent, qty]) => {
                          const unit = d.percentOf(d.cents(price), percent);
                          return { unit: d.amount(unit), line: d.amount(d.lineAmount(unit, d.milli(qty))) };
                        })), (e) => done(String(e)));
                        """, cases);

        assertThat(till).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            BigDecimal price = new BigDecimal(cases.get(i).get(0));
            BigDecimal percent = new BigDecimal(cases.get(i).get(1));
            BigDecimal quantity = new BigDecimal(cases.get(i).get(2));
            BigDecimal unit = euros(price.multiply(percent).divide(BigDecimal.valueOf(100)));
            BigDecimal line = euros(unit.multiply(quantity));
            assertThat(till.get(i)).as("case %s", cases.get(i))
                    .containsEntry("unit", unit.toPlainString()).containsEntry("line", line.toPlainString());
        }
    }
}
