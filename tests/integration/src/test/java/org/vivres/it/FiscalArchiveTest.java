package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.sql.Connection;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store's closed month archived: refused while not closed, then a signed ZIP of CSV files that
 * {@code vivres verify-archive} — the launcher's own command, run as an inspector runs it, without database or
 * Felix — finds intact, and finds altered when a byte of a file changes, when a file and its hash in the manifest
 * are replaced, or when a changed amount comes with a manifest signed by another key. A household erased after its
 * tickets leaves the chains intact and its data in no file.
 */
@ExtendWith(VivresSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiscalArchiveTest {
    private static final String MONTH = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private String store;
    private String householdReference;
    private Api manager;
    private JsonNode archive;
    private byte[] zip;
    private String publicKey;

    @BeforeAll
    void aClosedMonthWithSales(VivresSystem system, Api admin) throws Exception {
        Fixtures fx = new Fixtures(admin);
        store = fx.store();
        String product = fx.product("1.20");
        fx.stock(store, product, "100");
        householdReference = fx.unique("CARTE-ARCHIVE");
        String household = Fixtures.created(admin.post("/api/households", Map.of("reference", householdReference,
                "organization", store, "size", 3)));
        manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse A")).text("id");
        assertThat(cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "20.00")).status())
                .isEqualTo(201);
        Api.Response sale = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                "household", household, "lines", List.of(Map.of("product", product, "quantity", "3")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.60"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(cashier.post("/api/tickets/" + sale.text("id") + "/returns", Map.of("till", till,
                "lines", List.of(Map.of("product", product, "quantity", "1")))).status()).isEqualTo(201);
        assertThat(cashier.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "22.40"))).status()).isEqualTo(200);
        // the household asks to be forgotten after its tickets
        assertThat(manager.delete("/api/households/" + household).status()).isLessThan(300);

        // refusals first, each changing nothing
        Api.Response notClosed = archive(manager, MONTH);
        assertThat(notClosed.status()).as(notClosed.toString()).isEqualTo(409);
        assertThat(notClosed.code()).isEqualTo("PERIOD_NOT_CLOSED");
        assertThat(archive(manager, "2026-13").status()).isEqualTo(400);
        assertThat(archive(cashier, MONTH).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(archive(fx.user("MANAGER", fx.store()), MONTH).status()).isEqualTo(403);
        assertThat(manager.get("/api/fiscal/archives?organization=" + store).json().path("items")).isEmpty();

        // a month cannot end during a test: its closing is written as at the month's end, by the database's owner
        try (Connection db = FiscalDb.owner(system)) {
            FiscalDb.execute(db, "insert into erp_closing (id, organization_id, created_at, created_by, updated_at, "
                    + "updated_by, version, kind, period, first_day, last_day, tickets, returns, total, period_total, "
                    + "perpetual_total, by_method, by_vat_rate) values (gen_random_uuid(), ?::uuid, now(), 'test', "
                    + "now(), 'test', 0, 'MONTH', ?, current_date, current_date, 1, 1, 2.40, 2.40, 2.40, '[]', '[]')",
                    store, MONTH);
        }
        Api.Response made = archive(manager, MONTH);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        archive = made.json();
        zip = download(manager, archive.path("id").asText());
        publicKey = manager.get("/api/fiscal/public-key").json().path("publicKey").asText();
    }

    private Api.Response archive(Api who, String period) {
        return who.post("/api/fiscal/archives", Map.of("organization", store, "period", period));
    }

    private static byte[] download(Api who, String id) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                who.base().resolve("/api/fiscal/archives/" + id)).header("Authorization", "Bearer " + who.token())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        return r.body();
    }

    @Test
    void theArchiveIsListedAndHoldsEveryFileWithItsHashAndTheChainsHeads() throws Exception {
        assertThat(archive.path("organization").asText()).isEqualTo(store);
        assertThat(archive.path("period").asText()).isEqualTo(MONTH);
        assertThat(archive.path("size").asLong()).isEqualTo(zip.length);
        JsonNode listed = manager.get("/api/fiscal/archives?organization=" + store).json().path("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(archive.path("id").asText());
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsKeys("tickets.csv", "lines.csv", "payments.csv", "vat.csv", "z.csv",
                "movements.csv", "sessions.csv", "closings.csv", "events.csv", "seals.csv", "manifest.json",
                "manifest.sig");
        assertThat(archive.path("files").asInt()).isEqualTo(files.size() - 3);
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.path("files").path("tickets.csv").asText()).isEqualTo(sha256(files.get("tickets.csv")));
        assertThat(manifest.path("chains").findValuesAsText("chain")).anyMatch(c -> c.startsWith("TILL-"))
                .contains("EVENTS-" + store);
        assertThat(new String(files.get("tickets.csv"), StandardCharsets.UTF_8).lines()).hasSize(3);
        assertThat(new String(files.get("events.csv"), StandardCharsets.UTF_8)).contains("TILL_OPENED")
                .contains("TILL_CLOSED").contains("TILL_LOGIN");
        // the erased household: its id only, its reference nowhere
        files.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
                .doesNotContain(householdReference));
        assertThat(manager.get("/api/fiscal/verify?organization=" + store).json().path("status").asText())
                .isEqualTo("INTACT");
        JsonNode events = manager.get("/api/fiscal/events?organization=" + store + "&limit=500").json();
        assertThat(events.path("items").findValuesAsText("type")).contains("ARCHIVE_MADE");
    }

    @Test
    void verifyArchiveFindsTheServersArchiveIntactWithTheGivenKeyOrTheNetworksOwn(VivresSystem system,
            @TempDir Path dir) throws Exception {
        Path file = write(dir, "archive.zip", zip);
        Run withKey = verifyArchive(file.toString(), "--public-key", publicKey);
        assertThat(withKey.exit()).as(withKey.out()).isZero();
        assertThat(withKey.out()).contains("Archive intègre").contains("la clé donnée en base64");
        Run byDefault = verifyArchive(file.toString(), "--data", system.running().dataDir().toString());
        assertThat(byDefault.exit()).as(byDefault.out()).isZero();
        assertThat(byDefault.out()).contains("fiscal-signing.pub");
        assertThat(verifyArchive().exit()).isEqualTo(2);
    }

    @Test
    void oneByteFlippedInACsvIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Map<String, byte[]> files = unzip(zip);
        byte[] tickets = files.get("tickets.csv").clone();
        tickets[tickets.length - 5] ^= 1;
        files.put("tickets.csv", tickets);
        Run run = verifyArchive(write(dir, "flipped.zip", zip(files)).toString(), "--public-key", publicKey);
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("NON intègre").contains("tickets.csv");
    }

    @Test
    void aFileReplacedWithItsHashInTheManifestIsRefusedBySignature(@TempDir Path dir) throws Exception {
        Map<String, byte[]> files = changedAmount(unzip(zip));
        files.put("manifest.json", manifestFor(files));
        Run run = verifyArchive(write(dir, "replaced.zip", zip(files)).toString(), "--public-key", publicKey);
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("signature");
    }

    @Test
    void aChangedAmountResignedByAnotherKeyIsRefusedByTheNetworksKeyAndByTheChains(@TempDir Path dir)
            throws Exception {
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Map<String, byte[]> files = changedAmount(unzip(zip));
        byte[] manifest = manifestFor(files);
        files.put("manifest.json", manifest);
        Signature sign = Signature.getInstance("Ed25519");
        sign.initSign(forger.getPrivate());
        sign.update(manifest);
        files.put("manifest.sig", Base64.getEncoder().encode(sign.sign()));
        String forgersKey = Base64.getEncoder().encodeToString(forger.getPublic().getEncoded());
        files.put("public-key.txt", forgersKey.getBytes(StandardCharsets.US_ASCII));
        Path forged = write(dir, "forged.zip", zip(files));
        Run run = verifyArchive(forged.toString(), "--public-key", publicKey);
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("signature");
        // even checked with the forger's own key, the chain shows the changed line
        Run chains = verifyArchive(forged.toString(), "--public-key", forgersKey);
        assertThat(chains.exit()).as(chains.out()).isEqualTo(1);
        assertThat(chains.out()).contains("CHANGED line.amount");
    }

    /** The amount of the first sold line raised, as someone hiding takings would not (but someone would). */
    private static Map<String, byte[]> changedAmount(Map<String, byte[]> files) {
        String lines = new String(files.get("lines.csv"), StandardCharsets.UTF_8);
        String changed = lines.replaceFirst("\"3\\.60\"", "\"0.60\"");
        assertThat(changed).isNotEqualTo(lines);
        files.put("lines.csv", changed.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] manifestFor(Map<String, byte[]> files) throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(files.get("manifest.json"));
        ((ObjectNode) manifest.path("files")).put("lines.csv", sha256(files.get("lines.csv")));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    private record Run(int exit, String out) {
    }

    /** {@code vivres verify-archive}, as the script runs it: the distribution's lib/, a JVM of its own. */
    private static Run verifyArchive(String... args) throws Exception {
        Path lib = Path.of(System.getProperty("vivres.dist")).resolve("lib");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", lib + File.separator + "*", "org.vivres.launcher.Main", "verify-archive"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
