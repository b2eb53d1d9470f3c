package org.vivres.erp.kernel.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.User;
import org.vivres.erp.kernel.internal.dal.ContextState;
import org.vivres.erp.kernel.internal.dal.TransactionRunner;
import org.vivres.erp.kernel.internal.event.EventJournal;

/**
 * Bearer-token sessions: login with a bcrypt-checked password, random tokens of which only a
 * SHA-256 digest is stored, expiry, logout, and a slow-down of repeated failures (per username, per client
 * address, and per user for the current password asked by a password change). Configured by
 * {@code etc/org.vivres.session.cfg} ({@code tokenHours}, {@code addressFailures}, {@code addressRefillSeconds}).
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

        @AttributeDefinition(description = "Failed logins one client address may make in a row (0: no limit); "
                + "a store's tills behind one address share them")
        int addressFailures() default 30;

        @AttributeDefinition(description = "Seconds for an address to get back one failed login")
        int addressRefillSeconds() default 10;
    }

    /** A successful login. */
    public record Login(String token, User user) {
    }

    private record Cached(ContextState state, Instant expiresAt, Instant checkedAt) {
    }

    private final TransactionRunner runner;
    private final Dal dal;
    private final ErpContext context;
    private final EventJournal journal;
    private final Duration tokenLife;
    private final Clock clock = Clock.systemUTC();
    private final LoginThrottle logins;
    // Someone holding a stolen token guesses the current password here: slowed down per user, apart from logins
    // so that the guesses do not lock the real user out of the till.
    private final LoginThrottle passwordChanges = new LoginThrottle(clock);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Activate
    public Sessions(@Reference TransactionRunner runner, @Reference Dal dal, @Reference ErpContext context,
            @Reference EventJournal journal, Config config) {
        this.runner = runner;
        this.dal = dal;
        this.context = context;
        this.journal = journal;
        this.tokenLife = Duration.ofHours(Math.max(1, config.tokenHours()));
        this.logins = new LoginThrottle(clock, new LoginThrottle.Limits(LoginThrottle.Limits.DEFAULT.names(),
                LoginThrottle.Limits.DEFAULT.addresses(), Math.max(0, config.addressFailures()),
                Duration.ofSeconds(Math.max(1, config.addressRefillSeconds()))));
    }

    /**
     * Checks the password and opens a session, inside the caller's transaction. The username is compared after NFKC
     * normalisation (full-width letters are the ASCII ones), case ignored. 429 {@code TOO_MANY_ATTEMPTS} without
     * checking anything while the username or the client {@code address} must wait.
     */
    public Login login(String username, String password, String address) {
        String name = Normalizer.normalize(username, Normalizer.Form.NFKC).strip();
        LoginThrottle.Attempt attempt = logins.reserve(name, address);
        refuseIfThrottled(attempt);
        try {
            // Nobody is logged in yet: the user may be of any organization.
            User user = context.asAdmin(() -> dal.query(User.class,
                    "lower(e.username) = lower(:u) and e.active = true", Map.of("u", name)).uniqueResult());
            if (!Passwords.matches(password, user == null ? null : user.getPasswordHash())) {
                attempt.failed();
                throw new ErpException(ErrorStatus.UNAUTHORIZED, "BAD_CREDENTIALS", Sessions.class);
            }
            attempt.succeeded();
            if (user.getRoles().contains(Role.CASHIER)) {
                // a login to the till is journaled with the login: the cashier's id, never the name typed
                context.asAdmin(() -> {
                    journal.record(user.getOrganization(), EventJournal.TILL_LOGIN, user.getId(),
                            Map.of("user", user.getId()), user.getId());
                    return null;
                });
            }
            return open(user);
        } finally {
            attempt.abandoned();
        }
    }

    /**
     * True when {@code current} is the password of {@code user} (of hash {@code hash}); 429 {@code TOO_MANY_ATTEMPTS}
     * without checking after repeated wrong ones, as for logins.
     */
    public boolean checkCurrentPassword(UUID user, String current, String hash) {
        LoginThrottle.Attempt attempt = passwordChanges.reserve(user.toString(), null);
        refuseIfThrottled(attempt);
        try {
            if (Passwords.matches(current, hash)) {
                attempt.succeeded();
                return true;
            }
            attempt.failed();
            return false;
        } finally {
            attempt.abandoned();
        }
    }

    private static void refuseIfThrottled(LoginThrottle.Attempt attempt) {
        if (attempt.refusedSeconds() > 0) {
            // The seconds are the first argument: the servlet also sends them as Retry-After.
            throw new ErpException(ErrorStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS", Sessions.class,
                    attempt.refusedSeconds());
        }
    }

    private Login open(User user) {
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
    public void endAll(UUID user) {
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
