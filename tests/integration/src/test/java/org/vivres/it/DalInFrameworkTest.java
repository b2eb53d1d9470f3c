package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The DAL as bundles call it, through the running framework (the test's class path does not share the API's
 * classes with the bundles, hence the reflection): reading several entities by id at once.
 */
@ExtendWith(VivresSystem.class)
class DalInFrameworkTest {
    static VivresSystem system;
    static Fixtures fx;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        fx = new Fixtures(vivres.admin());
    }

    @Test
    void severalProductsAreReadByIdAtOnceLeavingOutUnknownIds() throws Exception {
        UUID flour = UUID.fromString(fx.product("1.95"));
        UUID oil = UUID.fromString(fx.product("4.20"));
        UUID unknown = UUID.randomUUID();

        Map<UUID, ?> found = getAll("org.vivres.erp.api.model.Product", List.of(flour, oil, flour, unknown));

        assertThat(found).containsOnlyKeys(flour, oil);
        assertThat(getAll("org.vivres.erp.api.model.Product", List.of(oil))).containsOnlyKeys(oil);
        assertThat(getAll("org.vivres.erp.api.model.Product", List.of())).isEmpty();
        assertThat(getAll("org.vivres.erp.api.model.Product", Arrays.asList(unknown, null)))
                .isEmpty();
    }

    @Test
    void theIdsOfEachEntityAreItsOwn() throws Exception {
        UUID a = UUID.fromString(fx.product("1.00"));
        UUID b = UUID.fromString(fx.product("2.00"));

        Map<UUID, ?> found = getAll("org.vivres.erp.api.model.Product", List.of(b, a));

        for (Map.Entry<UUID, ?> e : found.entrySet()) {
            Object id = e.getValue().getClass().getMethod("getId").invoke(e.getValue());
            assertThat(id).isEqualTo(e.getKey());
        }
        assertThat(found).hasSize(2);
    }

    /** {@code Dal.get(type, ids)} in a transaction of its own. */
    private static Map<UUID, ?> getAll(String type, Collection<UUID> ids) throws Exception {
        BundleContext context = system.running().framework().getBundleContext();
        ServiceReference<?> dalRef = context.getAllServiceReferences("org.vivres.erp.api.Dal", null)[0];
        ServiceReference<?> txRef = context.getAllServiceReferences("org.vivres.erp.api.ErpTransactions", null)[0];
        Object dal = context.getService(dalRef);
        Object tx = context.getService(txRef);
        try {
            ClassLoader api = dal.getClass().getClassLoader();
            Method get = Class.forName("org.vivres.erp.api.Dal", true, api).getMethod("get", Class.class,
                    Collection.class);
            Class<?> entity = Class.forName(type, true, api);
            Method inTransaction = Class.forName("org.vivres.erp.api.ErpTransactions", true,
                    tx.getClass().getClassLoader()).getMethod("inTransaction", Supplier.class);
            Supplier<Object> work = () -> {
                try {
                    return get.invoke(dal, entity, ids);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            return (Map<UUID, ?>) inTransaction.invoke(tx, work); // Dal.get answers Map<UUID, T>
        } finally {
            context.ungetService(dalRef);
            context.ungetService(txRef);
        }
    }
}
