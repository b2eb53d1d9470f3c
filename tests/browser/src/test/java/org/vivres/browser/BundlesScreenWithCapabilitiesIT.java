package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The network admin's bundles screen: readable names, versions, French states and origins; a file that is no bundle
 * and a bundle of the distribution are refused in words; the test bundle's jar is installed from the screen, works,
 * and is removed after a confirmation (cancelled first).
 */
// run by the with-capabilities execution; -Dit.test=... also selects it in the core-only one: disabled there
@EnabledIfSystemProperty(named = "vivres.bundles", matches = ".*caisse.*")
@ExtendWith(VivresSystem.class)
class BundlesScreenWithCapabilitiesIT {
    static final String NOTES = "Notes de livraison (bundle d'essai)";
    static Shop shop;
    static Browser browser;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdminInstallsAndRemovesABundleFromTheScreen() throws Exception {
        browser.go("/backoffice/#/pos.bundles");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        String table = browser.textContains("#bundle-table", "Caisse alimentaire commune");
        assertThat(table).contains("Noyau Vivres").contains("Socle").contains("Distribution").contains("Actif")
                .doesNotContain("ACTIVE").doesNotContain("org.vivres.");
        assertThat(browser.textContains("#health-status", "en service")).doesNotContain("UP");
        assertThat(browser.present("#bundle-list pre")).as("no JSON block").isFalse();
        assertThat(browser.all(".bundle-remove")).as("nothing added yet, nothing to remove").isEmpty();
        browser.screenshot("bundles-01-list");

        // Not a jar: said under the form, nothing installed.
        Path text = Files.createTempFile("notes-", ".txt");
        Files.writeString(text, "livraison mardi");
        upload(text);
        assertThat(browser.textContains("#bundle-upload-error", "n'est pas un bundle")).doesNotContain("INVALID");
        Files.delete(text);

        // A bundle of the distribution: updated with it, not here.
        Path pricing = Arrays.stream(System.getProperty("vivres.bundles").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("pricing-")).findFirst().orElseThrow();
        upload(pricing);
        assertThat(browser.textContains("#bundle-upload-error", "livré avec la distribution"))
                .contains("Tarification par paliers");
        assertThat(shop.admin.get("/api/hotdeploy/notes").status()).isEqualTo(404);
        browser.screenshot("bundles-02-refused");

        // The test bundle: installed, active, its API there.
        upload(Path.of(System.getProperty("vivres.hotdeploy.jar")));
        browser.textContains("#toasts", "est actif");
        assertThat(browser.textContains("#bundle-table", NOTES)).contains("Ajouté (deploy/)");
        assertThat(shop.admin.get("/api/hotdeploy/notes").status()).isEqualTo(200);
        browser.screenshot("bundles-03-installed");

        // Removed after confirming; cancelled first, it stays.
        By remove = By.cssSelector(".bundle-remove[data-bundle='org.vivres.test.hotdeploy']");
        browser.driver.findElement(remove).click();
        assertThat(browser.visible("dialog[open]").getText()).contains(NOTES);
        browser.click("#bundle-remove-cancel");
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        assertThat(shop.admin.get("/api/hotdeploy/notes").status()).isEqualTo(200);
        browser.driver.findElement(remove).click();
        browser.click("#bundle-remove-confirm");
        browser.textContains("#toasts", "est retiré");
        browser.until(d -> !browser.visible("#bundle-table").getText().contains(NOTES));
        assertThat(shop.admin.get("/api/hotdeploy/notes").status()).isEqualTo(404);
        browser.screenshot("bundles-04-removed");
    }

    static void upload(Path file) throws java.io.IOException {
        browser.visible("#bundle-file").sendKeys(file.toRealPath().toString());
        browser.click("#bundle-upload-button");
    }
}
