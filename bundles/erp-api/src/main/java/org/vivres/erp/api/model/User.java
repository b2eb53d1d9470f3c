package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.vivres.erp.api.Role;

/** A person who logs in. The password is kept only as a slow hash. */
@Entity
@Table(name = "erp_user")
public class User extends ErpEntity {
    @Column(name = "username", nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Comma-separated {@link Role} names. */
    @Column(name = "roles", nullable = false)
    private String roles;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected User() {
    }

    public User(String username, String passwordHash, Set<Role> roles, java.util.UUID organization) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        setOrganization(organization);
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
