package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vivres.it.TempFolders;

/**
 * {@code ./vivres backup --db-url} against a PostgreSQL server Vivres does not run: the Debian server of the same
 * major version as the {@code pg_basebackup} on the PATH (the embedded PostgreSQL is newer than Debian's client, and
 * pg_basebackup refuses a newer server). The copy, with etc/, deploy/ and SHA256SUMS, starts as a server holding
 * what was there at the backup; a role without REPLICATION is refused with the reason, nothing kept; and
 * {@code ./vivres restore} sends such a backup back to the server's tools.
 */
class ServerBackupTest {
    private static final Duration COMMAND = Duration.ofMinutes(5);
    private static final String PASSWORD = "serveur-" + Long.toHexString(System.nanoTime());

    @Test
    void aServerOfOurOwnIsBackedUpWithPgBasebackupAndItsCopyStarts() throws Exception {
        Path bin = serverBinaries();
        Path dist = VivresProcess.distribution();
        Path scratch = TempFolders.create("vivres-server-backup-");
        Path cluster = scratch.resolve("cluster");
        Path copy = null;
        int port = freePort();
        try {
            initdb(bin, scratch, cluster);
            pgCtl(bin, cluster, port, "start");
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            sql(url, "postgres", "create table vente (id int primary key)",
                    "insert into vente select generate_series(1, 500)",
                    "create role sans_replication login password '" + PASSWORD + "'");
            Path data = scratch.resolve("data");
            Files.createDirectories(data.resolve("etc"));
            Files.createDirectories(data.resolve("deploy"));
            Files.writeString(data.resolve("etc").resolve("org.vivres.session.cfg"), "tokenHours=8\n");
            Path backups = scratch.resolve("sauvegardes");

            VivresProcess.Result backup = backup(dist, url, "postgres", data, backups);
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("pg_basebackup", "Sauvegarde terminée", "Backup done");
            sql(url, "postgres", "insert into vente select generate_series(501, 600)"); // after the backup
            Path base;
            try (Stream<Path> bases = Files.list(backups.resolve("base"))) {
                base = bases.findFirst().orElseThrow();
            }
            assertThat(base.resolve("postgres").resolve("backup_manifest")).isRegularFile();
            assertThat(base.resolve("etc").resolve("org.vivres.session.cfg")).hasContent("tokenHours=8");
            assertThat(Files.readString(base.resolve("SHA256SUMS"))).contains("  postgres/base/", "  etc/");
            assertThat(backups.resolve("last-backup.properties")).isRegularFile();

            // the copy is a server of its own, as of the backup
            copy = scratch.resolve("copie");
            run(List.of("cp", "-a", base.resolve("postgres").toString(), copy.toString()));
            if (isRoot()) { // pg_basebackup wrote the files as the user who ran the backup
                run(List.of("chown", "-R", "postgres", copy.toString()));
            }
            asServerUser(List.of("chmod", "-R", "go-rwx", copy.toString()));
            int copyPort = freePort();
            pgCtl(bin, copy, copyPort, "start");
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + copyPort + "/postgres",
                    "postgres", PASSWORD); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select count(*), max(id) from vente")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(500);
                assertThat(r.getInt(2)).isEqualTo(500);
            } finally {
                pgCtl(bin, copy, copyPort, "stop");
            }

            // refused: a role without REPLICATION; nothing kept
            VivresProcess.Result refused = backup(dist, url, "sans_replication", data, backups);
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
            assertThat(refused.output()).contains("REPLICATION", "rien n'a été gardé");
            try (Stream<Path> bases = Files.list(backups.resolve("base"))) {
                assertThat(bases).as("only the first backup").containsExactly(base);
            }

            Path target = scratch.resolve("cible");
            VivresProcess.Result restore = VivresProcess.command(dist, List.of("restore", backups.toString(),
                    "--data", target.toString(), "--dist", dist.toString()), COMMAND);
            assertThat(restore.exitCode()).as(restore.output()).isEqualTo(1);
            assertThat(restore.output()).contains("serveur PostgreSQL externe", "rien n'a été restauré");
            assertThat(target).doesNotExist();
        } finally {
            pgCtl(bin, cluster, port, "stop");
            TempFolders.delete(scratch);
        }
    }

    private static VivresProcess.Result backup(Path dist, String url, String user, Path data, Path backups)
            throws IOException, InterruptedException {
        return VivresProcess.command(dist, List.of("backup", "--db-url", url, "--db-user", user,
                "--data", data.toString(), "--to", backups.toString()), Map.of("VIVRES_DB_PASSWORD", PASSWORD), COMMAND);
    }

    /** Debian's server binaries of the major version of the pg_basebackup on the PATH; the test is skipped without. */
    private static Path serverBinaries() throws Exception {
        String version;
        try {
            version = run(List.of("pg_basebackup", "--version"));
        } catch (IOException | IllegalStateException e) {
            Assumptions.assumeTrue(false, "no pg_basebackup on the PATH (apt-get install postgresql-client)");
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\) (\\d+)").matcher(version);
        Assumptions.assumeTrue(m.find(), version);
        Path bin = Path.of("/usr/lib/postgresql", m.group(1), "bin");
        Assumptions.assumeTrue(Files.isExecutable(bin.resolve("initdb")), "no PostgreSQL server in " + bin);
        return bin;
    }

    private static void initdb(Path bin, Path scratch, Path cluster) throws Exception {
        Path pwfile = scratch.resolve("pwfile");
        Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(cluster);
        if (isRoot()) { // initdb and postgres refuse to run as root: the server runs as the postgres account
            run(List.of("chown", "postgres", cluster.toString(), pwfile.toString(), scratch.toString()));
        }
        asServerUser(List.of(bin.resolve("initdb").toString(), "-D", cluster.toString(), "-U", "postgres",
                "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8"));
    }

    private static void pgCtl(Path bin, Path cluster, int port, String action) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString(),
                "-w", "-l", cluster.resolveSibling(cluster.getFileName() + ".log").toString()));
        if (action.equals("start")) {
            // the socket beside the folder, not in it: pg_basebackup would copy its lock file
            command.addAll(List.of("-o", "-p " + port + " -k " + cluster.getParent() + " -c listen_addresses=127.0.0.1"));
        } else {
            command.addAll(List.of("-m", "fast"));
        }
        command.add(action);
        if (action.equals("start") || Files.exists(cluster.resolve("postmaster.pid"))) {
            asServerUser(command);
        }
    }

    private static void sql(String url, String user, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, PASSWORD); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String asServerUser(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return run(full);
    }

    private static boolean isRoot() throws Exception {
        return run(List.of("id", "-u")).strip().equals("0");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
