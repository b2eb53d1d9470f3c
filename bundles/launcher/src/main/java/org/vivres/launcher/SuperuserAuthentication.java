package org.vivres.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the running embedded PostgreSQL require the superuser's password on every connection. A data directory
 * made by today's launcher already does (initdb was told so); one made by an older Vivres let anyone on the machine
 * in ({@code trust}) and is upgraded here, once: the role gets the password, {@code pg_hba.conf} asks for it, the
 * server reloads, and a connection with a wrong password must then be refused.
 */
final class SuperuserAuthentication {

    /** PostgreSQL's "invalid_password": the server refused the password it was given. */
    static final String INVALID_PASSWORD = "28P01";

    private static final Logger LOG = LoggerFactory.getLogger(SuperuserAuthentication.class);
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(10);
    // what the server itself reads in pg_hba.conf: a rule that is not SCRAM, or a line it cannot parse
    private static final String NOT_SCRAM_RULES = "SELECT count(*) FROM pg_hba_file_rules"
            + " WHERE error IS NOT NULL OR auth_method IS DISTINCT FROM '" + PgHba.METHOD + "'";

    private SuperuserAuthentication() {
    }

    /**
     * @param connection a superuser connection to the running server
     * @param password the stored password, which the superuser has (or is given here)
     */
    static void require(Connection connection, Path pgDataDir, int port, String password)
            throws SQLException, IOException {
        if (notScramRules(connection) == 0) {
            return;
        }
        LOG.warn("The embedded PostgreSQL let clients in without a password: giving its superuser the stored one"
                + " and requiring it ({})", PgHba.METHOD);
        // the driver computes the SCRAM verifier: the password itself never reaches the server, nor its logs
        connection.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.USER, password.toCharArray(),
                PgHba.METHOD);
        PgHba.writeScramOnly(pgDataDir);
        try (Statement reload = connection.createStatement()) {
            reload.execute("SELECT pg_reload_conf()");
        }
        if (notScramRules(connection) != 0) {
            throw new LaunchException("PostgreSQL ne lit pas le " + PgHba.FILE_NAME + " écrit par Vivres dans "
                    + pgDataDir + " : voyez son journal.");
        }
        awaitPasswordChecked(port);
        LOG.info("The embedded PostgreSQL now requires its superuser's password");
    }

    /** Whether {@code e} (or a cause) is the server refusing a password. */
    static boolean isWrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && INVALID_PASSWORD.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static long notScramRules(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(NOT_SCRAM_RULES)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The postmaster applies a reload asynchronously: wait until it refuses a wrong password. */
    private static void awaitPasswordChecked(int port) {
        PGSimpleDataSource probe = new PGSimpleDataSource();
        probe.setServerNames(new String[] {"localhost"});
        probe.setPortNumbers(new int[] {port});
        probe.setDatabaseName("postgres");
        probe.setUser(EmbeddedDatabase.USER);
        probe.setPassword(DatabasePassword.generate());
        long deadline = System.nanoTime() + RELOAD_TIMEOUT.toNanos();
        while (true) {
            try (Connection ignored = probe.getConnection()) {
                // still let in: the reload has not been applied yet
            } catch (SQLException e) {
                if (INVALID_PASSWORD.equals(e.getSQLState())) {
                    return;
                }
                throw new LaunchException("Vérification du mot de passe de la base impossible : " + e.getMessage(), e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new LaunchException("La base embarquée accepte encore les connexions sans mot de passe "
                        + RELOAD_TIMEOUT.toSeconds() + " s après le rechargement de " + PgHba.FILE_NAME + ".");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Démarrage interrompu", e);
            }
        }
    }
}
