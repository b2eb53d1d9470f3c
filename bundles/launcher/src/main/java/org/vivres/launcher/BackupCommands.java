package org.vivres.launcher;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The command lines of {@code vivres backup} and {@code vivres restore}, refusing what they do not understand. */
final class BackupCommands {

    /**
     * {@code backup [--data DIR] [--to DIR] [--db-url URL --db-user U]}: {@code to} null means "the folder of
     * etc/backup.properties"; {@code dbUrl} null means the embedded database of DIR.
     */
    record BackupArgs(Path dataDir, Path to, String dbUrl, String dbUser) {
    }

    /** {@code restore FROM [--at TIME] [--data DIR] [--dist DIR]}. */
    record RestoreArgs(Path from, Optional<OffsetDateTime> at, Path dataDir, Path distDir) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private BackupCommands() {
    }

    static BackupArgs parseBackup(List<String> args) throws UsageException {
        Map<String, String> given = new HashMap<>();
        List<String> positional = parse(args, Set.of("--data", "--to", "--db-url", "--db-user"), given);
        if (!positional.isEmpty()) {
            throw new UsageException("argument inattendu : « " + positional.get(0) + " »");
        }
        String url = given.get("--db-url");
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            throw new UsageException("--db-url attend jdbc:postgresql://HÔTE:PORT/BASE, pas « " + url + " »");
        }
        if (url != null && !given.containsKey("--db-user")) {
            throw new UsageException("--db-url demande --db-user (un rôle qui a l'attribut REPLICATION)");
        }
        if (url == null && given.containsKey("--db-user")) {
            throw new UsageException("--db-user ne sert qu'avec --db-url");
        }
        return new BackupArgs(Path.of(given.getOrDefault("--data", "data")),
                given.containsKey("--to") ? Path.of(given.get("--to")) : null, url, given.get("--db-user"));
    }

    static RestoreArgs parseRestore(List<String> args, Supplier<Path> defaultDist, ZoneId zone)
            throws UsageException {
        Map<String, String> given = new HashMap<>();
        List<String> positional = parse(args, Set.of("--at", "--data", "--dist"), given);
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "indiquez le dossier de sauvegarde à restaurer"
                    : "un seul dossier de sauvegarde, pas « " + positional.get(1) + " »");
        }
        Optional<OffsetDateTime> at = Optional.empty();
        if (given.containsKey("--at")) {
            at = Optional.of(time(given.get("--at"), zone));
        }
        Path dist = given.containsKey("--dist") ? Path.of(given.get("--dist")) : defaultDist.get();
        return new RestoreArgs(Path.of(positional.get(0)), at, Path.of(given.getOrDefault("--data", "data")), dist);
    }

    /** {@code 2026-12-07 14:32} (local time, seconds optional) or ISO-8601 with an offset. */
    static OffsetDateTime time(String text, ZoneId zone) throws UsageException {
        String value = text.strip();
        try {
            return LocalDateTime.parse(value, LOCAL).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeException again) {
                throw new UsageException("--at attend une date et une heure comme « 2026-12-07 14:32 », pas « "
                        + text + " »");
            }
        }
    }

    /** {@code --name value} or {@code --name=value}; the rest are positional arguments. */
    private static List<String> parse(List<String> args, Set<String> withValue, Map<String, String> given)
            throws UsageException {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (!withValue.contains(name)) {
                throw new UsageException("option inconnue : " + name);
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException("l'option " + name + " attend une valeur");
            }
            if (given.put(name, value) != null) {
                throw new UsageException("l'option " + name + " est donnée deux fois");
            }
        }
        return positional;
    }
}
