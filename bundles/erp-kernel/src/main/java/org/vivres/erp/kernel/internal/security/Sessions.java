package org.vivres.erp.kernel.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.User;
import org.vivres.erp.kernel.internal.dal.ContextState;
import org.vivres.erp.kernel.internal.dal.TransactionRunner;

/**
 * Bearer-token sessions: login with a bcrypt-checked password, random tokens of which only a
 * SHA-256 digest is stored, expiry, logout, and a slow-down of repeated failures. Configured by
 * {@code etc/org.vivres.session.cfg} ({@code tokenHours}).
 */
@Component(service = Sessions.class, configurationPid = "org.vivres.session")
@Designate(ocd = Sessions.Config.class)
public final class Sessions {
    // A token seen valid is trusted this long without a database read; logout here drops it at once.
    private static final Duration CACHE = Duration.ofSeconds(30);

    @ObjectClassDefinition(name = "Vivres sessions")
    public @interface Config {
        @AttributeDefinition(description = "Hours a token stays valid")
        int tokenHours() default 12;
    }

    /** A successful login. */
    public record Login(String token, User user) {
    }

    private record Cached(ContextState state, Instant expiresAt, Instant checkedAt) {
    }

    private final TransactionRunner runner;
    private final Dal dal;
    private final ErpContext context;
    private final Duration tokenLife;
    private final Clock clock = Clock.systemUTC();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Activate
    public Sessions(@Reference TransactionRunner runner, @Reference Dal dal, @Reference ErpContext context,
            Config config) {
        this.runner = runner;
        this.dal = dal;
        this.context = context;
        this.tokenLife = Duration.ofHours(Math.max(1, config.tokenHours()));
    }

    /** Checks the password and opens a session, inside the caller's transaction. */
    public Login login(String username, String password) {
        long wait = throttle.secondsToWait(username);
        if (wait > 0) {
            throw new ErpException(ErrorStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS", Sessions.class, wait);
        }
        // Nobody is logged in yet: the user may be of any organization.
        User user = context.asAdmin(() -> dal.query(User.class, "lower(e.username) = lower(:u) and e.active = true",
                Map.of("u", username)).uniqueResult());
        if (!Passwords.matches(password, user == null ? null : user.getPasswordHash())) {
            throttle.failed(username);
            throw new ErpException(ErrorStatus.UNAUTHORIZED, "BAD_CREDENTIALS", Sessions.class);
        }
        throttle.succeeded(username);
        dal.update("delete from " + SessionToken.class.getName() + " s where s.user = :u and s.expiresAt < :now",
                Map.of("u", user.getId(), "now", OffsetDateTime.now(clock)));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        dal.save(new SessionToken(user.getId(), user.getOrganization(), digest(token),
                OffsetDateTime.now(clock).plus(tokenLife)));
        return new Login(token, user);
    }

    /** The context of a valid token, or 401. Runs its own short transaction when not cached. */
    public ContextState authenticate(Optional<String> token, Locale locale) {
        String hash = digest(token.orElseThrow(Sessions::unauthorized));
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached == null || cached.checkedAt().plus(CACHE).isBefore(now)) {
            cached = runner.run(ContextState.system(), () -> lookup(hash, now));
            if (cache.size() > 50_000) {
                cache.clear();
            }
            cache.put(hash, cached);
        }
        if (cached.state() == null || !cached.expiresAt().isAfter(now)) {
            throw unauthorized();
        }
        ContextState s = cached.state();
        return new ContextState(s.userId(), s.username(), s.roles(), s.organization(), locale);
    }

    private Cached lookup(String hash, Instant now) {
        SessionToken session = dal.query(SessionToken.class, "e.tokenHash = :h", Map.of("h", hash)).uniqueResult();
        User user = session == null ? null : dal.get(User.class, session.getUser());
        if (user == null || !user.isActive()) {
            return new Cached(null, now, now);
        }
        ContextState state = new ContextState(user.getId(), user.getUsername(), user.getRoles(),
                user.getOrganization(), Locale.FRENCH);
        return new Cached(state, session.getExpiresAt().toInstant(), now);
    }

    /** Ends the session of {@code token}, inside the caller's transaction. */
    public void logout(String token) {
        String hash = digest(token);
        cache.remove(hash);
        dal.update("delete from " + SessionToken.class.getName() + " s where s.tokenHash = :h", Map.of("h", hash));
    }

    /** Ends every session of {@code user} (deactivated, or its password changed), inside the caller's transaction. */
    public void endAll(java.util.UUID user) {
        dal.update("delete from " + SessionToken.class.getName() + " s where s.user = :u", Map.of("u", user));
        cache.clear();
    }

    /** Forgets cached sessions of a user whose rights changed. */
    public void forgetCached() {
        cache.clear();
    }

    private static ErpException unauthorized() {
        return new ErpException(ErrorStatus.UNAUTHORIZED, "UNAUTHORIZED", Sessions.class);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
