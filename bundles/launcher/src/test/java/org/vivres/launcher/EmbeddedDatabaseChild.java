package org.vivres.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A JVM for {@link EmbeddedDatabaseTest} to kill: starts the database, commits a row, says READY, then waits. */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0, Path.of(args[1]), Path.of(args[2]));
        DatabaseSettings settings = db.settings();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE committed (id int PRIMARY KEY)");
            statement.execute("INSERT INTO committed VALUES (1)");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }
}
