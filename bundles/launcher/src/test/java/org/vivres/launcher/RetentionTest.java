package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void keepsTheNewestOfEachOfTheLastSevenDaysAndOfEachOfTheLastFourWeeks() {
        // two backups a day, every day of 8 weeks, ending on Sunday 2026-12-06
        List<LocalDateTime> backups = new ArrayList<>();
        LocalDateTime last = LocalDateTime.of(2026, 12, 6, 23, 0);
        for (int day = 0; day < 56; day++) {
            backups.add(last.minusDays(day));
            backups.add(last.minusDays(day).withHour(12));
        }

        var kept = Retention.DEFAULT.keep(backups);

        List<LocalDateTime> expected = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            expected.add(last.minusDays(day)); // the evening one of each of the last 7 days
        }
        for (int week = 1; week < 4; week++) {
            expected.add(last.minusWeeks(week)); // Sunday evening: the newest of each earlier ISO week
        }
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSingleBackupIsAlwaysKept() {
        LocalDateTime only = LocalDateTime.of(2026, 1, 1, 3, 0);

        assertThat(new Retention(1, 0).keep(List.of(only))).containsExactly(only);
    }
}
