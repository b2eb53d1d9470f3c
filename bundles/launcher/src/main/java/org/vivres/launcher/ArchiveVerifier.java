package org.vivres.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.vivres.fiscal.seal.ChainCheck;
import org.vivres.fiscal.seal.FiscalRecord;
import org.vivres.fiscal.seal.SealRow;

/**
 * Checks a fiscal archive offline, without a database: every file against the manifest's SHA-256, the manifest's
 * Ed25519 signature with a key given by the checker (never only the one inside the archive), then every chain by
 * recomputing each seal's hash from the CSV records with {@code fiscal-seal}, as the server does.
 */
final class ArchiveVerifier {
    /** The verdict: {@code broken} null when intact; {@code key} says which key checked the signature. */
    record Verdict(String broken, String key, int records, int chains) {
    }

    /** Which file holds which records (as the kernel's {@code ArchiveFiles} writes them). */
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("tickets.csv", "TICKET");
        FILES.put("lines.csv", "TICKET/line");
        FILES.put("vat.csv", "TICKET/vat");
        FILES.put("payments.csv", "TICKET/payment");
        FILES.put("z.csv", "Z");
        FILES.put("movements.csv", "Z/movement");
        FILES.put("closings.csv", "CLOSING");
        FILES.put("events.csv", "EVENT");
    }

    private ArchiveVerifier() {
    }

    /** Reads the key: a file (DER or base64 text) or base64 given on the command line. */
    static PublicKey key(String given) throws IOException, GeneralSecurityException {
        Path file = Path.of(given);
        byte[] bytes;
        if (Files.isRegularFile(file)) {
            bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII).strip();
            if (text.matches("[A-Za-z0-9+/=\\s]+")) {
                bytes = Base64.getMimeDecoder().decode(text);
            }
        } else {
            bytes = Base64.getDecoder().decode(given.strip());
        }
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(bytes));
    }

    static Verdict verify(Path zip, PublicKey key, String keyName) throws IOException {
        Map<String, byte[]> files = unzip(zip);
        byte[] manifestBytes = files.get("manifest.json");
        byte[] sig = files.get("manifest.sig");
        if (manifestBytes == null || sig == null) {
            return new Verdict("le manifeste (manifest.json) ou sa signature (manifest.sig) manque", keyName, 0, 0);
        }
        JsonNode manifest = new ObjectMapper().readTree(manifestBytes);
        for (var it = manifest.path("files").fields(); it.hasNext();) {
            var file = it.next();
            byte[] bytes = files.get(file.getKey());
            if (bytes == null) {
                return new Verdict("le fichier " + file.getKey() + " manque", keyName, 0, 0);
            }
            if (!sha256(bytes).equals(file.getValue().asText())) {
                return new Verdict("le fichier " + file.getKey() + " a été modifié (son SHA-256 n'est pas celui du "
                        + "manifeste)", keyName, 0, 0);
            }
        }
        for (String name : FILES.keySet()) {
            if (!manifest.path("files").has(name)) {
                return new Verdict("le manifeste ne couvre pas " + name, keyName, 0, 0);
            }
        }
        if (!signed(manifestBytes, sig, key)) {
            return new Verdict("la signature du manifeste n'est pas valide pour cette clé : manifeste modifié ou "
                    + "signé par une autre clé", keyName, 0, 0);
        }
        return chains(manifest, files, keyName);
    }

    private static Verdict chains(JsonNode manifest, Map<String, byte[]> files, String keyName) {
        Map<String, FiscalRecord> records = records(files);
        Map<String, List<SealRow>> seals = new LinkedHashMap<>();
        for (Map<String, String> row : ArchiveCsv.rows(files.get("seals.csv"))) {
            seals.computeIfAbsent(row.get("chain"), k -> new ArrayList<>()).add(new SealRow(row.get("chain"),
                    Long.parseLong(row.get("sequence")), row.get("record_type"), row.get("record_id"), row.get("hash"),
                    row.get("previous"), row.get("text")));
        }
        int count = 0;
        for (JsonNode chain : manifest.path("chains")) {
            String name = chain.path("chain").asText();
            List<SealRow> list = seals.getOrDefault(name, List.of());
            list.sort(java.util.Comparator.comparingLong(SealRow::sequence));
            ChainCheck.Broken broken = ChainCheck.check(list, chain.path("firstSequence").asLong(),
                    chain.path("previous").asText(), s -> records.get(s.recordType() + "/" + s.recordId()));
            long last = chain.path("lastSequence").asLong();
            if (broken == null && (list.isEmpty() || list.get(list.size() - 1).sequence() != last
                    || !list.get(list.size() - 1).hash().equals(chain.path("lastHash").asText()))) {
                long at = list.isEmpty() ? chain.path("firstSequence").asLong() : list.get(list.size() - 1).sequence();
                broken = new ChainCheck.Broken(name, Math.min(at + 1, last), "MISSING");
            }
            if (broken != null) {
                return new Verdict("chaîne " + broken.chain() + ", enregistrement " + broken.sequence() + " : "
                        + broken.reason(), keyName, count, manifest.path("chains").size());
            }
            count += list.size();
            seals.remove(name);
        }
        if (!seals.isEmpty()) {
            return new Verdict("seals.csv contient la chaîne " + seals.keySet().iterator().next()
                    + " que le manifeste ne nomme pas", keyName, count, manifest.path("chains").size());
        }
        return new Verdict(null, keyName, count, manifest.path("chains").size());
    }

    /** Every record of the CSV files, by {@code TYPE/id}, with its children. */
    private static Map<String, FiscalRecord> records(Map<String, byte[]> files) {
        Map<String, Map<String, String>> mains = new LinkedHashMap<>();
        Map<String, Map<String, List<Map<String, String>>>> children = new LinkedHashMap<>();
        FILES.forEach((file, what) -> {
            String[] parts = what.split("/");
            for (Map<String, String> row : ArchiveCsv.rows(files.get(file))) {
                if (parts.length == 1) {
                    mains.put(parts[0] + "/" + row.remove("id"), row);
                } else {
                    children.computeIfAbsent(parts[0] + "/" + row.remove("record"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(parts[1], k -> new ArrayList<>()).add(row);
                }
            }
        });
        Map<String, FiscalRecord> records = new LinkedHashMap<>();
        mains.forEach((key, fields) -> {
            String[] typeAndId = key.split("/", 2);
            records.put(key, new FiscalRecord(typeAndId[0], typeAndId[1], fields,
                    children.getOrDefault(key, Map.of())));
        });
        return records;
    }

    private static boolean signed(byte[] manifest, byte[] sig, PublicKey key) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(manifest);
            return signature.verify(Base64.getMimeDecoder().decode(new String(sig, StandardCharsets.US_ASCII).strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (files.put(entry.getName(), entries.readAllBytes()) != null) {
                    throw new IOException("l'archive contient deux fois " + entry.getName());
                }
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
