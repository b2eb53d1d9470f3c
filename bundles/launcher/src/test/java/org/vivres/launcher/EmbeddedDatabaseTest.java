package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

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

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    @Test
    void countsEveryStatementOnlyWhenAsked() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(pgData(), 0, log(), passwordFile());
             Connection connection = connect(db.settings())) {
            assertThat(single(connection, "SHOW shared_preload_libraries")).isEmpty();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(pgData(), 0, log(), passwordFile(), null, true);
             Connection connection = connect(db.settings());
             Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select count(*) from pg_class where relname = 'épicerie'");
            assertThat(single(connection, "select sum(calls) from pg_stat_statements where query like "
                    + "'select count(*) from pg_class where relname = $1'")).isEqualTo("1");
        }
    }

    @Test
    void keepsRowsAcrossRestartsWithDurableSettings() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(pgData(), 0, log(), passwordFile());
             Connection connection = connect(db.settings());
             Statement statement = connection.createStatement()) {
            assertThat(db.settings().url()).endsWith("/vivres");
            statement.execute("CREATE TABLE note (id int PRIMARY KEY, text varchar(40) NOT NULL)");
            statement.execute("INSERT INTO note VALUES (1, 'épicerie solidaire')");
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(pgData(), 0, log(), passwordFile());
             Connection connection = connect(db.settings())) {
            assertThat(single(connection, "SELECT text FROM note WHERE id = 1")).isEqualTo("épicerie solidaire");
            assertThat(single(connection, "SHOW fsync")).isEqualTo("on");
            assertThat(single(connection, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(single(connection, "SELECT current_database()")).isEqualTo("vivres");
        }
    }

    /** The JVM is killed with SIGKILL; its postgres runs on; the next start must stop it and lose nothing. */
    @Test
    void recoversFromThePostgresOfAKilledJvm() throws Exception {
        Path childErr = data.resolve("child.err");
        Process child = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), pgData().toString(), log().toString(),
                passwordFile().toString()))
                .redirectError(childErr.toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String ready = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(120, TimeUnit.SECONDS);
            assertThat(ready).as(() -> "child stderr: " + readQuietly(childErr)).isEqualTo("READY");

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            ProcessHandle leftover = StalePostmaster.liveProcess(pgData()).orElseThrow();
            assertThat(StalePostmaster.isPostgres(leftover)).isTrue();

            try (EmbeddedDatabase db = EmbeddedDatabase.start(pgData(), 0, log(), passwordFile());
                 Connection connection = connect(db.settings())) {
                assertThat(leftover.isAlive()).isFalse();
                assertThat(single(connection, "SELECT count(*) FROM committed")).isEqualTo("1");
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
