package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.vivres.it.VivresSystem;

/**
 * {@code vivres:period-open <fund> <month>} run through the real Gogo shell of the running
 * framework (reached by reflection: the test's class loader does not share Gogo's types).
 */
@ExtendWith(VivresSystem.class)
class CaissePeriodCommandIT {
    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";

    static VivresSystem system;
    static CaisseFixtures cx;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        cx = new CaisseFixtures(vivres.admin());
    }

    /** Runs one Gogo command line; its failure comes back as the thrown exception. */
    private static Object gogo(String line) throws Exception {
        BundleContext context = system.running().framework().getBundleContext();
        ServiceReference<?> ref = context.getServiceReference(PROCESSOR);
        assertThat(ref).as("Gogo command processor").isNotNull();
        Object processor = context.getService(ref);
        try {
            ClassLoader gogo = processor.getClass().getClassLoader();
            Method create = gogo.loadClass(PROCESSOR).getMethod("createSession", InputStream.class,
                    OutputStream.class, OutputStream.class);
            Object session = create.invoke(processor, new ByteArrayInputStream(new byte[0]),
                    new ByteArrayOutputStream(), new ByteArrayOutputStream());
            Class<?> sessionType = gogo.loadClass(SESSION);
            try {
                return sessionType.getMethod("execute", CharSequence.class).invoke(session, line);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } finally {
                sessionType.getMethod("close").invoke(session);
            }
        } finally {
            context.ungetService(ref);
        }
    }

    @Test
    void theShellCommandOpensAMonthLikeTheApiAndOnlyOnce() throws Exception {
        String store = cx.fx.store();
        String fund = cx.fund("80.00", "1.00", null);
        String member = cx.member(fund, cx.fx.household(store), "6.00");
        Object out = gogo("vivres:period-open " + fund + " 2027-02");
        assertThat(String.valueOf(out)).contains("2027-02").contains("1 members").contains("80.00");
        assertThat(cx.balance(member)).isEqualByComparingTo("80.00");
        assertThat(cx.ledgerSum(member, "CONTRIBUTION")).isEqualByComparingTo("6.00");

        assertThatThrownBy(() -> gogo("vivres:period-open " + fund + " 2027-02"))
                .hasMessageContaining("PERIOD_ALREADY_OPEN");
        assertThat(cx.admin.post("/api/caisse/funds/" + fund + "/periods", java.util.Map.of("month", "2027-02"))
                .code()).isEqualTo("PERIOD_ALREADY_OPEN");
        assertThat(cx.balance(member)).isEqualByComparingTo("80.00");
        assertThatThrownBy(() -> gogo("vivres:period-open not-a-fund 2027-03")).hasMessageContaining("not a fund");
        assertThatThrownBy(() -> gogo("vivres:period-open " + fund + " March")).hasMessageContaining("INVALID_MONTH");
        assertThat(cx.ledger(member)).hasSize(2);
    }
}
