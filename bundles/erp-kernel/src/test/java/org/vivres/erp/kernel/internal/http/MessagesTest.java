package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

class MessagesTest {

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() {
        ErpException e = new ErpException(ErrorStatus.UNPROCESSABLE, "PAYMENTS_DO_NOT_MATCH_TOTAL", Messages.class, "3.00", "3.40");
        assertThat(Messages.of(e, Locale.FRENCH)).isEqualTo("Les paiements (3.00 €) ne correspondent pas au total du ticket (3.40 €).");
        assertThat(Messages.of(e, Locale.ENGLISH)).isEqualTo("The payments (3.00 €) do not match the ticket total (3.40 €).");
        assertThat(Messages.of(new ErpException(ErrorStatus.CONFLICT, "NO_SUCH_CODE", Messages.class), Locale.FRENCH))
                .isEqualTo("NO_SUCH_CODE");
    }

    /** A refusal names the field as the form does (« taux de TVA »), with the line people count from 1. */
    @Test
    void fieldsAreSaidInTheWordsOfTheForm() throws IOException {
        ResourceBundle own = bundle("field.monthlyIncome=revenu mensuel du foyer\n");
        ResourceBundle shared = bundle("field.vatRate=taux de TVA\nfield.quantity=quantité\nfield.lineNumber=(ligne {0})\n"
                + "field.originKm=distance d''origine (km)\n");
        assertThat(Messages.words("vatRate", own, shared, Locale.FRENCH)).isEqualTo("taux de TVA");
        assertThat(Messages.words("monthlyIncome", own, shared, Locale.FRENCH)).isEqualTo("revenu mensuel du foyer");
        assertThat(Messages.words("lines[2].quantity", own, shared, Locale.FRENCH)).isEqualTo("quantité (ligne 3)");
        assertThat(Messages.words("originKm", own, shared, Locale.FRENCH)).isEqualTo("distance d'origine (km)");
        assertThat(Messages.words("somethingElse", own, null, Locale.FRENCH)).as("unknown: as it is").isEqualTo("somethingElse");
    }

    private static ResourceBundle bundle(String text) throws IOException {
        return new PropertyResourceBundle(new StringReader(text));
    }

    @Test
    void everyFrenchMessageHasItsEnglishTwin() throws IOException {
        assertThat(keys("i18n/messages_en.properties")).isEqualTo(keys("i18n/messages_fr.properties"));
    }

    private static java.util.Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }
}
