package org.vivres.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;

/**
 * {@code vivres verify-archive FICHIER.zip [--public-key FICHIER|BASE64] [--data DOSSIER]}: what an inspector runs on
 * a fiscal archive. The key is the one given, else the network's own ({@code DOSSIER/etc/fiscal-signing.pub}); the
 * key inside the archive is never enough, since whoever altered the archive could have put theirs. Exit 0 intact,
 * 1 broken (or unreadable), 2 bad command line.
 */
final class VerifyArchiveCommand {
    static final String USAGE = """
            Usage : vivres verify-archive ARCHIVE.zip [--public-key FICHIER|BASE64] [--data DOSSIER]
              vérifie hors ligne une archive fiscale : chaque fichier contre le manifeste, la signature du
              manifeste (clé donnée par --public-key, sinon DOSSIER/etc/fiscal-signing.pub, défaut ./data) et
              chaque chaîne de scellement recalculée depuis les fichiers CSV. Sortie : 0 intègre, 1 non intègre,
              2 commande incorrecte.
            """;

    private VerifyArchiveCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String zip = null;
        String key = null;
        String data = "data";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--public-key") || a.equals("--data")) && i + 1 < args.size()) {
                if (a.equals("--public-key")) {
                    key = args.get(++i);
                } else {
                    data = args.get(++i);
                }
            } else if (!a.startsWith("--") && zip == null) {
                zip = a;
            } else {
                err.println("vivres verify-archive : argument inattendu « " + a + " »");
                err.print(USAGE);
                return 2;
            }
        }
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            err.println(zip == null ? "vivres verify-archive : indiquez l'archive à vérifier"
                    : "vivres verify-archive : l'archive " + zip + " n'existe pas");
            err.print(USAGE);
            return 2;
        }
        String keyName = key != null ? (Files.isRegularFile(Path.of(key)) ? "le fichier " + key
                : "la clé donnée en base64") : Path.of(data, "etc", "fiscal-signing.pub").toString();
        PublicKey publicKey;
        try {
            publicKey = ArchiveVerifier.key(key != null ? key : Path.of(data, "etc", "fiscal-signing.pub").toString());
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            err.println("vivres verify-archive : clé publique illisible (" + keyName + ") ; donnez-la avec "
                    + "--public-key");
            return 2;
        }
        try {
            ArchiveVerifier.Verdict v = ArchiveVerifier.verify(Path.of(zip), publicKey, keyName);
            out.println("Clé publique utilisée : " + v.key());
            if (v.broken() == null) {
                out.println("Archive intègre : fichiers conformes au manifeste, signature valide, " + v.chains()
                        + " chaîne(s) et " + v.records() + " enregistrement(s) vérifiés.");
                return 0;
            }
            out.println("Archive NON intègre : " + v.broken());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("Archive NON intègre : illisible (" + e.getMessage() + ")");
            return 1;
        }
    }
}
