package org.vivres.erp.kernel.internal.core;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.User;
import org.vivres.erp.kernel.internal.dal.TransactionRunner;
import org.vivres.erp.kernel.internal.db.Persistence;
import org.vivres.erp.kernel.internal.security.Passwords;

/**
 * First start on an empty database: creates {@code admin} (NETWORK_ADMIN) with the password of
 * {@code VIVRES_ADMIN_PASSWORD}, else a generated one printed once; with {@code --demo}, loads
 * the demo network.
 */
@Component(immediate = true)
public final class Bootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    @Activate
    public Bootstrap(BundleContext context, @Reference Persistence persistence, @Reference TransactionRunner runner,
            @Reference Dal dal, @Reference StockService stock) {
        String adminPassword = context.getProperty("vivres.admin.password");
        boolean demo = Boolean.parseBoolean(context.getProperty("vivres.demo"));
        persistence.onFirstReady(() -> runner.inTransaction(() -> {
            String password = adminPassword == null || adminPassword.isBlank() ? null : adminPassword;
            if (dal.query(User.class, null, null).count() == 0) {
                password = createAdmin(dal, password);
            }
            if (demo) {
                // the admin's password, unless the admin was created before without one known here
                new DemoData(dal, stock).loadIfEmpty(password == null ? generated() : password, password == null);
            }
            return null;
        }));
    }

    private static String createAdmin(Dal dal, String configured) {
        String password = configured;
        if (password == null) {
            password = generated();
            LOG.warn("VIVRES_ADMIN_PASSWORD n'est pas défini : mot de passe de « admin », affiché une seule fois : {}",
                    password);
        }
        dal.save(new User("admin", Passwords.hash(password), Set.of(Role.NETWORK_ADMIN), null));
        LOG.info("Utilisateur « admin » créé");
        return password;
    }

    private static String generated() {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
