package org.vivres.launcher;

import java.util.Objects;

/** How the bundles reach PostgreSQL; handed to the framework as {@code vivres.db.url/user/password}. */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
