package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.launcher.DatabaseSettings;

/**
 * Security issue #22: network admins created with an organization before the fix were listed among that store's users
 * and managed by its manager. The kernel's migration takes their organization off, and the database refuses one from
 * then on. Run on a scratch database of the test's PostgreSQL: the kernel's migrations before it, the accounts as the
 * old code left them, then the migration itself.
 */
@ExtendWith(VivresSystem.class)
class NetworkAdminMigrationTest {
    private static final Path MIGRATIONS = Path.of("../../sql/erp-kernel");
    private static final String MIGRATION = "__network_admins_without_organization.sql";

    @Test
    void networkAdminsCreatedWithAnOrganizationLoseItAndNoneGetsOneAgain(VivresSystem system) throws Exception {
        DatabaseSettings settings = system.running().database();
        String scratch = "legacy_" + Long.toString(System.nanoTime(), 36);
        try (Connection server = connect(settings, settings.url())) {
            execute(server, "create database " + scratch);
            try (Connection db = connect(settings, settings.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + scratch))) {
                List<Path> scripts = scripts();
                Path migration = scripts.stream().filter(p -> p.getFileName().toString().endsWith(MIGRATION))
                        .findFirst().orElseThrow();
                for (Path script : scripts.subList(0, scripts.indexOf(migration))) {
                    execute(db, Files.readString(script, StandardCharsets.UTF_8));
                }
                UUID store = UUID.randomUUID();
                execute(db, "insert into erp_organization (id, organization_id, created_at, created_by, updated_at,"
                        + " updated_by, version, name, type) values ('" + store + "', null, now(), 'admin', now(),"
                        + " 'admin', 0, 'Épicerie', 'STORE')");
                UUID networkAdmin = user(db, "reseau", "NETWORK_ADMIN", store);
                UUID both = user(db, "les-deux", "MANAGER,NETWORK_ADMIN", store);
                UUID manager = user(db, "gerant", "MANAGER", store);

                execute(db, Files.readString(migration, StandardCharsets.UTF_8));

                assertThat(organizationOf(db, networkAdmin)).isNull();
                assertThat(organizationOf(db, both)).isNull();
                assertThat(organizationOf(db, manager)).isEqualTo(store.toString());
                assertThatThrownBy(() -> user(db, "reseau-2", "NETWORK_ADMIN", store))
                        .isInstanceOf(SQLException.class).hasMessageContaining("network_admin_without_organization");
            } finally {
                execute(server, "drop database " + scratch);
            }
        }
    }

    /** The kernel's migration scripts in Flyway's order (by version number). */
    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().matches("V[0-9._]+__.*\\.sql"))
                    .sorted(Comparator.comparing(NetworkAdminMigrationTest::version, NetworkAdminMigrationTest::compare))
                    .toList();
        }
    }

    private static int[] version(Path script) {
        String name = script.getFileName().toString();
        return Stream.of(name.substring(1, name.indexOf("__")).split("[._]")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int c = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static UUID user(Connection db, String name, String roles, UUID organization) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, "insert into erp_user (id, organization_id, created_at, created_by, updated_at, updated_by, version,"
                + " username, password_hash, roles, active) values ('" + id + "', '" + organization + "', now(),"
                + " 'admin', now(), 'admin', 0, '" + name + "', 'x', '" + roles + "', true)");
        return id;
    }

    private static String organizationOf(Connection db, UUID user) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select organization_id from erp_user where id = '" + user + "'")) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    private static Connection connect(DatabaseSettings settings, String url) throws SQLException {
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
