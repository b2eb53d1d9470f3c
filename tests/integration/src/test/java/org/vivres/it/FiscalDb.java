package org.vivres.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.vivres.launcher.DatabaseSettings;

/** A JDBC connection as the database's owner: what a person with SQL access could do behind the application. */
final class FiscalDb {
    private FiscalDb() {
    }

    static Connection owner(VivresSystem system) throws SQLException {
        DatabaseSettings db = system.running().database();
        Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        c.setAutoCommit(true);
        return c;
    }

    static int execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
