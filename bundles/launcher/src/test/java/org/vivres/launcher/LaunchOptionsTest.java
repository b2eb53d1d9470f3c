package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void ephemeralPicksFreePortsAndNoShell() {
        LaunchOptions options = LaunchOptions.ephemeral(Path.of("dist"), Path.of("data"));

        assertThat(options.port()).isZero();
        assertThat(options.pgPort()).isZero();
        assertThat(options.shellPort()).isZero();
        assertThat(options.distDir()).isAbsolute();
        assertThat(options.bundlesDir()).isEqualTo(options.distDir().resolve("bundles"));
        assertThat(options.postgresDir()).isEqualTo(options.dataDir().resolve("postgres"));
        assertThat(options.extraBundles()).isEmpty();
    }

    @Test
    void defaultsOpenNoShellAndKeepTheDatabasePasswordUnderEtc() {
        LaunchOptions options = LaunchOptions.defaults(Path.of("dist"), Path.of("data"));

        assertThat(options.shellPort()).isZero();
        // not *.cfg: FileInstall would give it to ConfigAdmin
        assertThat(options.databasePasswordFile()).isEqualTo(options.etcDir().resolve("database.password"));
    }

    @Test
    void extraBundlesAreKeptAsAbsolutePaths() {
        LaunchOptions options = LaunchOptions.ephemeral(Path.of("dist"), Path.of("data"))
                .withExtraBundles(List.of(Path.of("target/x.jar")));

        assertThat(options.extraBundles()).containsExactly(Path.of("target/x.jar").toAbsolutePath());
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        LaunchOptions base = LaunchOptions.defaults(Path.of("dist"), Path.of("data"));
        LaunchOptions changed = base.withFileInstallPollMillis(300).withFrameworkProperty("a", "1");

        assertThat(changed.fileInstallPollMillis()).isEqualTo(300);
        assertThat(changed.frameworkProperties()).containsEntry("a", "1");
        assertThat(changed.withFileInstallPollMillis(2000).withFrameworkProperties(base.frameworkProperties()))
                .isEqualTo(base);
    }

    @Test
    void refusesImpossibleValues() {
        LaunchOptions base = LaunchOptions.defaults(Path.of("dist"), Path.of("data"));

        assertThatThrownBy(() -> base.withPort(65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withFileInstallPollMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withDatabase("jdbc:h2:mem:x", "sa", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withDatabase("jdbc:postgresql://db/x", null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringHidesPasswords() {
        LaunchOptions options = LaunchOptions.defaults(Path.of("dist"), Path.of("data"))
                .withDatabase("jdbc:postgresql://db/x", "erp", "db-secret")
                .withAdminPassword("admin-secret");

        assertThat(options.toString()).doesNotContain("db-secret").doesNotContain("admin-secret");
    }
}
