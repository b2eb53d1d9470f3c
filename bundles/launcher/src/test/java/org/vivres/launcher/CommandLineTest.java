package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final Path DIST = Path.of("/opt/vivres-dist");

    private static LaunchOptions parse(String... args) throws UsageException {
        return parse(Map.of(), args);
    }

    private static LaunchOptions parse(Map<String, String> env, String... args) throws UsageException {
        return CommandLine.parseRun(List.of(args), () -> DIST, env);
    }

    @Test
    void defaultsAreThoseOfTheContract() throws UsageException {
        LaunchOptions options = parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.pgPort()).isEqualTo(54329);
        assertThat(options.shellPort()).as("no Gogo shell unless asked for").isZero();
        assertThat(options.demo()).isFalse();
        assertThat(options.embeddedDatabase()).isTrue();
        assertThat(options.distDir()).isEqualTo(DIST);
        assertThat(options.waitForHealth()).isTrue();
        assertThat(options.fileInstallPollMillis()).isEqualTo(2000);
        assertThat(options.adminPassword()).isNull();
    }

    @Test
    void readsEveryOption() throws UsageException {
        LaunchOptions options = parse("--port", "9090", "--host", "0.0.0.0", "--data", "/srv/vivres",
                "--demo", "--pg-port=5500", "--shell-port", "0", "--dist", "/tmp/d");

        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/vivres"));
        assertThat(options.deployDir()).isEqualTo(Path.of("/srv/vivres/deploy"));
        assertThat(options.etcDir()).isEqualTo(Path.of("/srv/vivres/etc"));
        assertThat(options.demo()).isTrue();
        assertThat(options.pgPort()).isEqualTo(5500);
        assertThat(options.shellPort()).isZero();
        assertThat(options.distDir()).isEqualTo(Path.of("/tmp/d"));
    }

    @Test
    void shellPortOpensTheShellOnThatPort() throws UsageException {
        assertThat(parse("--shell-port", "17000").shellPort()).isEqualTo(17000);
        assertThat(parse("--shell-port=17001").shellPort()).isEqualTo(17001);
    }

    @Test
    void externalDatabaseTakesPasswordFromOptionOrEnvironment() throws UsageException {
        LaunchOptions given = parse("--db-url", "jdbc:postgresql://db:5432/vivres", "--db-user", "erp",
                "--db-password", "s3cret");
        LaunchOptions fromEnv = parse(Map.of("VIVRES_DB_PASSWORD", "env-secret"),
                "--db-url", "jdbc:postgresql://db:5432/vivres", "--db-user", "erp");

        assertThat(given.embeddedDatabase()).isFalse();
        assertThat(given.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/vivres");
        assertThat(given.dbUser()).isEqualTo("erp");
        assertThat(given.dbPassword()).isEqualTo("s3cret");
        assertThat(given.toString()).doesNotContain("s3cret");
        assertThat(fromEnv.dbPassword()).isEqualTo("env-secret");
    }

    @Test
    void adminPasswordComesFromTheEnvironment() throws UsageException {
        assertThat(parse(Map.of("VIVRES_ADMIN_PASSWORD", "admin-pw")).adminPassword()).isEqualTo("admin-pw");
    }

    @Test
    void aShortOrCommonAdminPasswordIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> parse(Map.of("VIVRES_ADMIN_PASSWORD", "admin")))
                .isInstanceOf(UsageException.class).hasMessageContaining("au moins 8 caractères");
        for (String common : new String[] {"password", "12345678", "Azertyuiop", "motdepasse", "soleil123"}) {
            assertThatThrownBy(() -> parse(Map.of("VIVRES_ADMIN_PASSWORD", common))).as(common)
                    .isInstanceOf(UsageException.class).hasMessageContaining("les plus courants");
        }
    }

    @Test
    void refusesUnknownOption() {
        assertThatThrownBy(() -> parse("--prot", "8080"))
                .isInstanceOf(UsageException.class).hasMessage("option inconnue : --prot");
    }

    @Test
    void refusesOptionWithoutValue() {
        assertThatThrownBy(() -> parse("--port"))
                .isInstanceOf(UsageException.class).hasMessage("l'option --port attend une valeur");
        assertThatThrownBy(() -> parse("--data", "--demo"))
                .isInstanceOf(UsageException.class).hasMessage("l'option --data attend une valeur");
    }

    @Test
    void refusesBadPorts() {
        assertThatThrownBy(() -> parse("--port", "http"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--port attend un numéro de port entre 0 et 65535, pas « http »");
        assertThatThrownBy(() -> parse("--pg-port", "70000"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--pg-port attend un numéro de port");
        assertThatThrownBy(() -> parse("--shell-port", "-1"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--shell-port attend un numéro de port");
    }

    @Test
    void refusesRepeatedOption() {
        assertThatThrownBy(() -> parse("--port", "1", "--port=2"))
                .isInstanceOf(UsageException.class).hasMessage("l'option --port est donnée deux fois");
    }

    @Test
    void refusesValueOnFlagAndStrayArguments() {
        assertThatThrownBy(() -> parse("--demo=yes"))
                .isInstanceOf(UsageException.class).hasMessage("l'option --demo ne prend pas de valeur");
        assertThatThrownBy(() -> parse("8080"))
                .isInstanceOf(UsageException.class).hasMessage("argument inattendu : « 8080 »");
        assertThatThrownBy(() -> parse("--host", " "))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--host attend une adresse");
    }

    @Test
    void refusesIncompleteOrMixedDatabaseOptions() {
        assertThatThrownBy(() -> parse("--db-user", "erp"))
                .isInstanceOf(UsageException.class).hasMessage("--db-user et --db-password ne vont qu'avec --db-url");
        assertThatThrownBy(() -> parse("--db-url", "jdbc:postgresql://db/vivres"))
                .isInstanceOf(UsageException.class).hasMessage("--db-url demande aussi --db-user");
        assertThatThrownBy(() -> parse("--db-url", "jdbc:mysql://db/vivres", "--db-user", "erp"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--db-url attend une URL jdbc:postgresql:");
        assertThatThrownBy(() -> parse("--db-url", "jdbc:postgresql://db/vivres", "--db-user", "erp",
                "--pg-port", "5433"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--pg-port ne sert qu'à la base embarquée");
    }
}
