package org.vivres.erp.kernel.internal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A login session: the digest of its bearer token, whose user, until when. */
@Entity
@Table(name = "erp_session")
public class SessionToken extends ErpEntity {
    @Column(name = "user_id", nullable = false)
    private UUID user;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected SessionToken() {
    }

    SessionToken(UUID user, UUID organization, String tokenHash, OffsetDateTime expiresAt) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        setOrganization(organization);
    }

    UUID getUser() {
        return user;
    }

    OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
