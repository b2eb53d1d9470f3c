package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
