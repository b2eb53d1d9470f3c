package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: the embedded PostgreSQL let anyone on the machine in as superuser ({@code psql -h 127.0.0.1
 * -U postgres}, no password). Now it asks every client for the password that only the data folder's owner can read.
 */
class EmbeddedDatabaseAuthenticationTest {

    @TempDir
    Path data;

    private Path pgData() {
        return data.resolve("postgres");
    }

    private Path log() {
        return data.resolve("postgres.log");
    }

    private Path passwordFile() {
        return data.resolve("etc").resolve("database.password");
    }

    private EmbeddedDatabase start() {
        return EmbeddedDatabase.start(pgData(), 0, log(), passwordFile());
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/vivres";
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection(url(port), login);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    /** What pg_hba.conf says, as the running server reads it: "type method" per rule, errors included. */
    private static List<String> rules(Connection connection) throws SQLException {
        List<String> rules = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT type || ' ' || coalesce(auth_method, 'ERROR ' || error) FROM pg_hba_file_rules")) {
            while (rows.next()) {
                rules.add(rows.getString(1));
            }
        }
        return rules;
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> connect(port, password).close())
                .as("postgres with password %s", password == null ? "none" : "«" + password + "»")
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "28000", "08004"))
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("SCRAM", "password authentication failed"));
    }

    @Test
    void aClientWithoutThePasswordIsRefusedAndTheStoredOneWorks() throws SQLException {
        try (EmbeddedDatabase db = start()) {
            String stored = db.settings().password();

            // no password: the server asks for SCRAM, which the driver cannot answer (08004); was let in before
            assertRefused(db.port(), "");
            assertRefused(db.port(), null);
            // a wrong one: the server itself refuses, "password authentication failed" (28P01)
            assertThatThrownBy(() -> connect(db.port(), stored.substring(1)).close())
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("28P01");
            try (Connection connection = connect(db.port(), stored)) {
                assertThat(single(connection, "SELECT current_user")).isEqualTo("postgres");
                assertThat(rules(connection)).isNotEmpty().contains("local scram-sha-256", "host scram-sha-256")
                        .allMatch(rule -> rule.endsWith(" scram-sha-256"));
                assertThat(single(connection, "SHOW password_encryption")).isEqualTo("scram-sha-256");
                assertThat(single(connection, "SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'"))
                        .startsWith("SCRAM-SHA-256$");
            }
            assertThat(db.settings().url()).isEqualTo("jdbc:postgresql://localhost:" + db.port() + "/vivres");
            assertThat(db.settings().toString()).doesNotContain(stored);
        }
    }

    @Test
    void thePasswordIsOwnerOnlyLongRandomAndNowhereElse() throws IOException {
        String stored;
        try (EmbeddedDatabase db = start()) {
            stored = db.settings().password();
            assertThat(Files.readString(passwordFile())).isEqualTo(stored);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                    .isEqualTo("rw-------");
            assertThat(stored).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
            // not on the command line of any process (ps), PostgreSQL's own included
            assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                    .noneMatch(line -> line.contains(stored));
        }
        assertThat(filesContaining(data, stored)).containsExactly(passwordFile());
        try (EmbeddedDatabase other = EmbeddedDatabase.start(data.resolve("other"), 0, log(),
                data.resolve("other.password"))) {
            assertThat(other.settings().password()).isNotEqualTo(stored);
        }
    }

    @Test
    void aRestartReadsTheStoredPassword() throws SQLException, IOException {
        String first;
        try (EmbeddedDatabase db = start()) {
            first = db.settings().password();
        }
        // someone widened the file's rights: the next start narrows them again
        Files.setPosixFilePermissions(passwordFile(), PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedDatabase db = start(); Connection connection = connect(db.port(), first)) {
            assertThat(db.settings().password()).isEqualTo(first);
            assertThat(single(connection, "SELECT current_database()")).isEqualTo("vivres");
            assertRefused(db.port(), "");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                .isEqualTo("rw-------");
    }

    /** A data folder of an older Vivres: zonky's initdb with trust everywhere, no password file. */
    @Test
    void aTrustFolderOfAnOlderVivresIsUpgradedAndKeepsItsData() throws Exception {
        int oldPort = FreePort.pick();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgData())
                .setCleanDataDirectory(false).setPort(oldPort).setLocaleConfig("locale", "C")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text varchar(40))");
            statement.execute("INSERT INTO note VALUES ('épicerie solidaire')");
            assertThat(rules(connection)).anyMatch(rule -> rule.endsWith(" trust"));
        }
        assertThat(passwordFile()).doesNotExist();

        String stored;
        try (EmbeddedDatabase db = start()) {
            stored = db.settings().password();
            assertThat(DatabasePassword.read(passwordFile())).hasValue(stored);
            assertRefused(db.port(), "");
            assertRefused(db.port(), null);
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + db.port() + "/postgres", "postgres", stored)) {
                assertThat(single(connection, "SELECT text FROM note")).isEqualTo("épicerie solidaire");
                assertThat(rules(connection)).isNotEmpty().allMatch(rule -> rule.endsWith(" scram-sha-256"));
            }
        }
        assertThat(Files.readString(pgData().resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThat(filesContaining(data, stored)).containsExactly(passwordFile());

        try (EmbeddedDatabase again = start(); Connection connection = connect(again.port(), stored)) {
            assertThat(single(connection, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void aSecuredFolderWhosePasswordFileIsGoneIsRefusedWithoutAnewFile() {
        try (EmbeddedDatabase db = start()) {
            assertThat(db.settings().password()).isNotEmpty();
        }
        try {
            Files.delete(passwordFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertThatThrownBy(this::start)
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("demande un mot de passe").hasMessageContaining(passwordFile().toString());
        assertThat(passwordFile()).doesNotExist();
    }

    @Test
    void pgHbaFirstLookFindsEveryRuleThatIsNotScram() throws IOException {
        Path dir = Files.createDirectories(data.resolve("hba"));
        Files.writeString(dir.resolve("pg_hba.conf"), PgHba.SCRAM_ONLY);
        assertThat(PgHba.allowsOtherThanScram(dir)).isFalse();

        for (String rule : List.of("local all all trust", "host all all 127.0.0.1/32 trust",
                "host all all 127.0.0.1 255.255.255.255 md5", "hostssl all all ::1/128 password",
                "include other.conf")) {
            Files.writeString(dir.resolve("pg_hba.conf"), PgHba.SCRAM_ONLY + rule + "  # added\n");
            assertThat(PgHba.allowsOtherThanScram(dir)).as(rule).isTrue();
        }
        Files.writeString(dir.resolve("pg_hba.conf"),
                PgHba.SCRAM_ONLY + "host all all 10.0.0.1 255.0.0.0 scram-sha-256\n");
        assertThat(PgHba.allowsOtherThanScram(dir)).isFalse();
        Files.delete(dir.resolve("pg_hba.conf"));
        assertThat(PgHba.allowsOtherThanScram(dir)).isTrue();
    }

    /** Every file under {@code dir} whose bytes contain {@code secret}. */
    static List<Path> filesContaining(Path dir, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, needle)).toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            String haystack = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return haystack.contains(new String(needle, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false; // a file PostgreSQL removed while we walked
        }
    }
}
