package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing over HTTP: parallel guesses for one user, one client address trying many usernames, the own
 * password change. Tests that exhaust an address's failures call from another loopback address (127.0.0.x), so
 * that the other test classes, all on 127.0.0.1, can still log in.
 */
@ExtendWith(VivresSystem.class)
class LoginThrottlingTest {
    static Api admin;
    static Fixtures fx;
    static String store;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
    }

    static String cashier() {
        String name = fx.unique("guess");
        Api.Response r = admin.post("/api/users", Map.of("username", name, "password", Fixtures.PASSWORD,
                "roles", List.of("CASHIER"), "organization", store));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return name;
    }

    /** A raw HTTP/1.1 exchange from a chosen local address: status line and headers, then the body. */
    record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    static Raw postFrom(String localAddress, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName(admin.base().getHost()), admin.base().getPort(),
                InetAddress.getByName(localAddress), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = response.substring(0, end);
            return new Raw(Integer.parseInt(head.split(" ")[1]), head, response.substring(end + 4));
        }
    }

    static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void ofAHundredParallelGuessesOnlyTheFreeOnesAreCheckedTheOthersWait() throws Exception {
        String victim = cashier();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Api.Response> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> guesses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String guess = "devinette-" + i;
                Callable<Api.Response> post = () -> {
                    go.await();
                    return admin.anonymous().post("/api/session", Map.of("username", victim, "password", guess));
                };
                guesses.add(pool.submit(post));
            }
            go.countDown();
            for (Future<Api.Response> f : guesses) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long checked = answers.stream().filter(r -> r.status() == 401).count();
        long throttled = answers.stream().filter(r -> r.status() == 429).count();
        // 3 free failures; a slow machine may let one more through once the first 1 s wait has passed.
        assertThat(checked).as("guesses checked").isBetween(1L, 4L);
        assertThat(checked + throttled).isEqualTo(100);
        assertThat(answers).filteredOn(r -> r.status() == 429)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("TOO_MANY_ATTEMPTS"));

        // Once the wait has passed, one more guess is checked, and the wait doubles (at least 2 s now) ...
        Raw guess = postFrom("127.0.0.1", "/api/session", login(victim, "encore-une-devinette"));
        while (guess.status() == 429) {
            Thread.sleep(Long.parseLong(guess.header("Retry-After")) * 1000);
            guess = postFrom("127.0.0.1", "/api/session", login(victim, "encore-une-devinette"));
        }
        assertThat(guess.status()).as(guess.body()).isEqualTo(401);
        // ... during which the right password waits too (else a 200 among the 429s would tell the guess was right),
        Raw right = postFrom("127.0.0.1", "/api/session", login(victim, Fixtures.PASSWORD));
        assertThat(right.status()).as(right.body()).isEqualTo(429);
        long retryAfter = Long.parseLong(right.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 300L);
        assertThat(right.body()).contains("TOO_MANY_ATTEMPTS").contains("réessayez dans " + retryAfter + " s");
        // and gets in once it has passed.
        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(postFrom("127.0.0.1", "/api/session", login(victim, Fixtures.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedOthersAreNot() throws Exception {
        String from = "127.0.0.42";
        String someone = cashier();
        int failures = 0;
        Raw last = null;
        for (int i = 0; i < 40; i++) {
            last = postFrom(from, "/api/session", login(fx.unique("inconnu"), "mauvais-mot-de-passe"));
            if (last.status() == 429) {
                break;
            }
            assertThat(last.status()).as(last.body()).isEqualTo(401);
            failures++;
        }
        // 30 in a row; one more per 10 s if this machine is slow
        assertThat(failures).as("failures before the address is stopped").isBetween(30, 33);
        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 10L);
        // even the right password of an existing user, from that address ...
        assertThat(postFrom(from, "/api/session", login(someone, Fixtures.PASSWORD)).status()).isEqualTo(429);
        // ... while another address logs in.
        assertThat(postFrom("127.0.0.43", "/api/session", login(someone, Fixtures.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordOfAStolenSessionIsSlowedDownWithoutLockingTheLogin() {
        String user = cashier();
        Api stolen = admin.login(user, Fixtures.PASSWORD);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(stolen.put("/api/session/password", Map.of("current", "essai-" + i,
                    "password", "nouveau-secret-9")).status());
        }
        assertThat(statuses).containsExactly(403, 403, 403, 429);
        Api.Response again = stolen.put("/api/session/password", Map.of("current", Fixtures.PASSWORD,
                "password", "nouveau-secret-9"));
        assertThat(again.status()).as("even the right one waits").isEqualTo(429);
        assertThat(again.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        // the real user still logs in at the till, with the unchanged password
        admin.login(user, Fixtures.PASSWORD);
    }

    @Test
    void fullWidthLettersInALoginAreTheAsciiOnes() {
        String user = cashier();
        StringBuilder wide = new StringBuilder();
        for (char c : user.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        Api.Response r = admin.anonymous().post("/api/session", Map.of("username", wide.toString(),
                "password", Fixtures.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("user").path("username").asText()).isEqualTo(user);
    }
}
