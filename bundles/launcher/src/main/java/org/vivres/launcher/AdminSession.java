package org.vivres.launcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * A short session of a network admin, written straight into a database the caller holds the superuser password of
 * (a restored copy): the kernel stores sessions this way (only the SHA-256 of the token, in {@code erp_session}),
 * so the API accepts it like any login. Used where no one is there to type a password, and ended right after.
 */
final class AdminSession {

    private static final String FIRST_ACTIVE_ADMIN = """
            select id from erp_user
             where active and organization_id is null and 'NETWORK_ADMIN' = any (string_to_array(roles, ','))
             order by created_at, username limit 1
            """;
    private static final String INSERT = """
            insert into erp_session (id, organization_id, created_at, created_by, updated_at, updated_by, version,
                                     user_id, token_hash, expires_at)
            values (?, null, now(), 'vivres restore', now(), 'vivres restore', 0, ?, ?, now() + interval '10 minutes')
            """;

    private AdminSession() {
    }

    /** The token of a new ten-minute session of the first active network admin; empty when there is none. */
    static Optional<String> open(Connection db) throws SQLException {
        UUID admin;
        try (PreparedStatement s = db.prepareStatement(FIRST_ACTIVE_ADMIN); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            admin = r.getObject(1, UUID.class);
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (PreparedStatement s = db.prepareStatement(INSERT)) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, admin);
            s.setString(3, digest(token));
            s.executeUpdate();
        }
        return Optional.of(token);
    }

    /** Ends the session: the restored system keeps no session it did not have. */
    static void close(Connection db, String token) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("delete from erp_session where token_hash = ?")) {
            s.setString(1, digest(token));
            s.executeUpdate();
        }
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
