package org.vivres.launcher;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which base backups to keep: the newest of each of the last {@code daily} days that have one, and the newest of each
 * of the last {@code weekly} ISO weeks that have one (the usual grandfather-father-son rotation; 7 and 4 by default).
 * The newest backup is always kept. Pure, so that the rotation can be tested without waiting weeks.
 */
record Retention(int daily, int weekly) {

    static final Retention DEFAULT = new Retention(7, 4);

    Retention {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup");
        }
    }

    /** The backups (by their time) to keep; the others may be deleted. */
    Set<LocalDateTime> keep(Collection<LocalDateTime> backups) {
        List<LocalDateTime> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new TreeSet<>();
        Map<LocalDate, LocalDateTime> perDay = new LinkedHashMap<>();
        Map<String, LocalDateTime> perWeek = new LinkedHashMap<>();
        for (LocalDateTime backup : newestFirst) {
            perDay.putIfAbsent(backup.toLocalDate(), backup);
            perWeek.putIfAbsent(backup.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + backup.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), backup);
        }
        perDay.values().stream().limit(daily).forEach(kept::add);
        perWeek.values().stream().limit(weekly).forEach(kept::add);
        return kept;
    }
}
