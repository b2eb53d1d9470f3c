package org.vivres.financing.internal;

import java.math.BigDecimal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.Money;

/**
 * The network's value of one volunteer hour, from {@code etc/org.vivres.financing.cfg} ({@code hourlyRate = 12.02}).
 * The default is the SMIC brut horaire in force on 1 January 2026 (12,02 €), the usual basis of the
 * "contributions volontaires en nature" of an association's accounts. A change applies to the hours recorded from
 * then on; a value that is not an amount keeps the previous one (and says so in the log) rather than stopping the
 * bundle.
 */
@Component(service = HourlyRate.class, configurationPid = "org.vivres.financing")
@Designate(ocd = HourlyRate.Config.class)
public final class HourlyRate {
    static final String DEFAULT = "12.02";
    private static final Logger LOG = LoggerFactory.getLogger(HourlyRate.class);
    private static final BigDecimal MAX = new BigDecimal("1000.00");

    @ObjectClassDefinition(name = "Vivres financing mix")
    public @interface Config {
        @AttributeDefinition(description = "Value of one volunteer hour in euros (default: SMIC brut horaire 2026)")
        String hourlyRate() default DEFAULT;
    }

    private volatile BigDecimal rate = new BigDecimal(DEFAULT);

    @Activate
    public HourlyRate(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        rate = parse(config.hourlyRate(), rate);
    }

    /** The rate in euros, at scale 2. */
    public BigDecimal euros() {
        return rate;
    }

    static BigDecimal parse(String text, BigDecimal previous) {
        try {
            BigDecimal value = Money.euros(new BigDecimal(text.strip().replace(',', '.')));
            if (value.signum() >= 0 && value.compareTo(MAX) <= 0) {
                return value;
            }
        } catch (RuntimeException e) {
            // told below
        }
        LOG.warn("hourlyRate = {} is not an amount in euros between 0 and {}: keeping {}", text, MAX, previous);
        return previous;
    }
}
