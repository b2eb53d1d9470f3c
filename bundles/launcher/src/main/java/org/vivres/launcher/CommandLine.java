package org.vivres.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Turns the arguments after {@code run} into {@link LaunchOptions}, refusing anything it does not understand. */
final class CommandLine {

    static final String USAGE = """
            Usage : vivres run [options]
              --port N            port HTTP (défaut 8080 ; 0 = un port libre)
              --host ADRESSE      adresse d'écoute HTTP (défaut 127.0.0.1 ; 0.0.0.0 = tout le réseau)
              --data DOSSIER      données : base embarquée, deploy/, etc/ (défaut ./data)
              --demo              charge les données de démonstration
              --db-url URL        PostgreSQL externe, jdbc:postgresql://HÔTE:PORT/BASE (sinon base embarquée)
              --db-user U         utilisateur de la base externe
              --db-password P     son mot de passe (ou la variable VIVRES_DB_PASSWORD)
              --pg-port N         port de la base embarquée (défaut 54329 ; 0 = un port libre)
              --shell-port N      ouvre le shell Gogo sur 127.0.0.1:N, par ex. 17000 (absent ou 0 : pas de shell)
              --dist DOSSIER      distribution (lib/, bundles/) ; par défaut celle du lanceur
              --backup-dir DOSSIER  sauvegardes : archive le journal (WAL) de la base embarquée dans DOSSIER/wal
                                  (gardé dans DONNÉES/etc/backup.properties pour les lancements suivants)
            Variables d'environnement :
              VIVRES_ADMIN_PASSWORD  mot de passe initial de l'administrateur
              VIVRES_DB_PASSWORD     mot de passe de la base externe
            Le mot de passe de la base embarquée est gardé dans DOSSIER/etc/database.password (données).

            Usage : vivres backup [--data DOSSIER] [--to DOSSIER] [--db-url URL --db-user U]
              sauvegarde de base de Vivres en marche (la base embarquée, etc/, deploy/) dans DOSSIER/base/DATE ;
              --to par défaut : le dossier de --backup-dir (etc/backup.properties)
              avec --db-url : le serveur PostgreSQL externe par pg_basebackup (paquet postgresql-client), rôle
              avec l'attribut REPLICATION, mot de passe dans VIVRES_DB_PASSWORD
            Usage : vivres restore SAUVEGARDE [--at "AAAA-MM-JJ HH:MM"] [--data DOSSIER]
              restaure dans un dossier de données vide (défaut ./data) l'état à cette heure (défaut : la fin de
              l'archive), après avoir vérifié la sauvegarde ; démarre Vivres, le vérifie, l'arrête.
            """ + VerifyArchiveCommand.USAGE;

    static final String ADMIN_PASSWORD_ENV = "VIVRES_ADMIN_PASSWORD";
    static final String DB_PASSWORD_ENV = "VIVRES_DB_PASSWORD";

    private static final Set<String> WITH_VALUE = Set.of("--port", "--host", "--data", "--db-url", "--db-user",
            "--db-password", "--pg-port", "--shell-port", "--dist", "--backup-dir");
    private static final Set<String> FLAGS = Set.of("--demo");

    private CommandLine() {
    }

    /**
     * @param args the arguments after {@code run}; {@code --name value} or {@code --name=value}
     * @param defaultDist asked only when {@code --dist} is absent
     * @param env the process environment (passwords come from it rather than from {@code ps}-visible arguments)
     */
    static LaunchOptions parseRun(List<String> args, Supplier<Path> defaultDist, Map<String, String> env)
            throws UsageException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException("l'option " + name + " ne prend pas de valeur");
                }
                value = "true";
            } else if (WITH_VALUE.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("l'option " + name + " attend une valeur");
                    }
                    value = args.get(++i);
                }
            } else if (name.startsWith("-")) {
                throw new UsageException("option inconnue : " + name);
            } else {
                throw new UsageException("argument inattendu : « " + arg + " »");
            }
            if (given.put(name, value) != null) {
                throw new UsageException("l'option " + name + " est donnée deux fois");
            }
        }
        return toOptions(given, defaultDist, env);
    }

    private static LaunchOptions toOptions(Map<String, String> given, Supplier<Path> defaultDist,
                                           Map<String, String> env) throws UsageException {
        Path dist = given.containsKey("--dist") ? Path.of(given.get("--dist")) : defaultDist.get();
        Path data = Path.of(given.getOrDefault("--data", "data"));
        AdminPassword.check(env.get(ADMIN_PASSWORD_ENV));
        LaunchOptions options = LaunchOptions.defaults(dist, data)
                .withPort(port(given, "--port", LaunchOptions.DEFAULT_PORT))
                .withPgPort(port(given, "--pg-port", LaunchOptions.DEFAULT_PG_PORT))
                .withShellPort(port(given, "--shell-port", LaunchOptions.DEFAULT_SHELL_PORT))
                .withDemo(given.containsKey("--demo"))
                .withAdminPassword(env.get(ADMIN_PASSWORD_ENV));
        if (given.containsKey("--backup-dir")) {
            options = options.withBackupDir(Path.of(given.get("--backup-dir")));
        }
        if (given.containsKey("--host")) {
            String host = given.get("--host").trim();
            if (host.isEmpty()) {
                throw new UsageException("--host attend une adresse, par exemple 127.0.0.1 ou 0.0.0.0");
            }
            options = options.withHost(host);
        }
        return withDatabase(options, given, env);
    }

    private static LaunchOptions withDatabase(LaunchOptions options, Map<String, String> given,
                                              Map<String, String> env) throws UsageException {
        String url = given.get("--db-url");
        if (url == null) {
            if (given.containsKey("--db-user") || given.containsKey("--db-password")) {
                throw new UsageException("--db-user et --db-password ne vont qu'avec --db-url");
            }
            return options;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--db-url attend une URL jdbc:postgresql://HÔTE:PORT/BASE, pas « " + url + " »");
        }
        if (!given.containsKey("--db-user")) {
            throw new UsageException("--db-url demande aussi --db-user");
        }
        if (given.containsKey("--pg-port")) {
            throw new UsageException("--pg-port ne sert qu'à la base embarquée ; il ne va pas avec --db-url");
        }
        String password = given.getOrDefault("--db-password", env.getOrDefault(DB_PASSWORD_ENV, ""));
        return options.withDatabase(url, given.get("--db-user"), password);
    }

    private static int port(Map<String, String> given, String name, int fallback) throws UsageException {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new UsageException(name + " attend un numéro de port entre 0 et 65535, pas « " + value + " »");
    }
}
