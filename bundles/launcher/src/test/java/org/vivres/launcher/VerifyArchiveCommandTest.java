package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivres.fiscal.seal.CanonicalText;
import org.vivres.fiscal.seal.Csv;
import org.vivres.fiscal.seal.FiscalRecord;

/**
 * {@code vivres verify-archive} on archives built here (the server's own are checked by the integration tests):
 * usage errors exit 2, an intact archive 0, and an event changed in its CSV 1, naming the chain and the record.
 */
class VerifyArchiveCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyArchiveCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badCommandLinesExitWithTwo() throws IOException {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run().err()).contains("indiquez l'archive").contains("Usage : vivres verify-archive");
        assertThat(run(dir.resolve("absente.zip").toString()).err()).contains("n'existe pas");
        Path zip = Files.write(dir.resolve("a.zip"), new byte[] {1, 2, 3});
        Outcome badKey = run(zip.toString(), "--public-key", "pas une clé");
        assertThat(badKey.exit()).isEqualTo(2);
        assertThat(badKey.err()).contains("clé publique illisible");
        assertThat(run(zip.toString(), "--inconnu").exit()).isEqualTo(2);
    }

    @Test
    void anIntactArchiveExitsZeroAndAChangedEventOneNamingItsRecord() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        Outcome intact = run(archive(key, "FISCAL_VERIFICATION").toString(), "--public-key", publicKey);
        assertThat(intact.exit()).as(intact.out()).isZero();
        assertThat(intact.out()).contains("Archive intègre").contains("1 chaîne(s) et 2 enregistrement(s)");

        Path pub = Files.write(dir.resolve("cle.pub"), key.getPublic().getEncoded());
        Outcome changed = run(archive(key, "CHANGED_AFTERWARDS").toString(), "--public-key", pub.toString());
        assertThat(changed.exit()).as(changed.out()).isEqualTo(1);
        assertThat(changed.out()).contains("le fichier " + pub).contains("chaîne EVENTS-S, enregistrement 2 : "
                + "CHANGED type");

        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Outcome otherKey = run(archive(key, "FISCAL_VERIFICATION").toString(), "--public-key",
                Base64.getEncoder().encodeToString(other.getPublic().getEncoded()));
        assertThat(otherKey.exit()).isEqualTo(1);
        assertThat(otherKey.out()).contains("signature");
    }

    /** Two events sealed in chain EVENTS-S; the second one's type written as {@code secondType} in events.csv. */
    private Path archive(KeyPair key, String secondType) throws IOException, GeneralSecurityException {
        List<String> header = List.of("id", "store", "instant", "type", "user", "subject", "details");
        StringBuilder events = new StringBuilder(Csv.line(header));
        StringBuilder seals = new StringBuilder(Csv.line(List.of("chain", "sequence", "record_type", "record_id",
                "sealed_at", "hash", "previous", "text")));
        String previous = CanonicalText.GENESIS;
        for (int i = 1; i <= 2; i++) {
            String id = "00000000-0000-0000-0000-00000000000" + i;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("store", "S");
            fields.put("instant", "2026-12-0" + i + "T10:00:00.000000Z");
            fields.put("type", "FISCAL_VERIFICATION");
            fields.put("user", null);
            fields.put("subject", null);
            fields.put("details", "{}");
            String text = CanonicalText.of(new FiscalRecord("EVENT", id, fields, Map.of()));
            String hash = CanonicalText.hash("EVENTS-S", i, previous, text);
            seals.append(Csv.line(List.of("EVENTS-S", Integer.toString(i), "EVENT", id, "2026-12-01", hash, previous,
                    text)));
            List<String> row = new ArrayList<>(List.of(id));
            fields.put("type", i == 2 ? secondType : "FISCAL_VERIFICATION");
            row.addAll(fields.values());
            events.append(Csv.line(row));
            previous = hash;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("tickets.csv", "lines.csv", "vat.csv", "payments.csv", "z.csv", "movements.csv",
                "closings.csv")) {
            files.put(name, Csv.line(List.of("id")).getBytes(StandardCharsets.UTF_8));
        }
        files.put("events.csv", events.toString().getBytes(StandardCharsets.UTF_8));
        files.put("seals.csv", seals.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, Object> manifest = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        files.forEach((name, bytes) -> hashes.put(name, ArchiveVerifier.sha256(bytes)));
        manifest.put("files", hashes);
        manifest.put("chains", List.of(Map.of("chain", "EVENTS-S", "firstSequence", 1, "previous",
                CanonicalText.GENESIS, "lastSequence", 2, "lastHash", previous)));
        byte[] manifestBytes = new ObjectMapper().writeValueAsBytes(manifest);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(manifestBytes);
        files.put("manifest.json", manifestBytes);
        files.put("manifest.sig", Base64.getEncoder().encode(signature.sign()));
        Path zip = dir.resolve(secondType + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }
}
