package org.vivres.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * PostgreSQL's WAL segment file names ({@code TTTTTTTTXXXXXXXXYYYYYYYY}: timeline, then the segment number split in
 * "log" and "seg" parts) for the 16 MB segments initdb makes by default; enough arithmetic to tell whether an archive
 * holds every segment from a base backup's first one on, without reading the WAL itself.
 */
final class WalSegments {

    private static final Pattern NAME = Pattern.compile("[0-9A-F]{24}");
    // 4 GB of WAL per "log" number / 16 MB per segment
    private static final long SEGMENTS_PER_LOG = 0x100;

    private WalSegments() {
    }

    static boolean isSegment(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    static String timeline(String segment) {
        return segment.substring(0, 8);
    }

    static long number(String segment) {
        long log = Long.parseLong(segment.substring(8, 16), 16);
        long seg = Long.parseLong(segment.substring(16, 24), 16);
        return log * SEGMENTS_PER_LOG + seg;
    }

    static String name(String timeline, long number) {
        return String.format("%s%08X%08X", timeline, number / SEGMENTS_PER_LOG, number % SEGMENTS_PER_LOG);
    }

    static String next(String segment) {
        return name(timeline(segment), number(segment) + 1);
    }

    /** {@code first}, {@code last} and every segment between them, on {@code first}'s timeline. */
    static List<String> range(String first, String last) {
        List<String> all = new ArrayList<>();
        for (long n = number(first); n <= number(last); n++) {
            all.add(name(timeline(first), n));
        }
        return all;
    }

    /**
     * What the archive lacks to replay from {@code first} to its newest segment on the same timeline: the segments
     * missing between two present ones (a hole that recovery would stop at, silently losing all that follows).
     *
     * @param present the segment names at hand (other files are ignored)
     * @return the missing names, oldest first; empty when the chain is whole (or holds only {@code first}'s part)
     */
    static List<String> holes(String first, Collection<String> present) {
        TreeSet<Long> numbers = new TreeSet<>();
        for (String name : present) {
            if (isSegment(name) && timeline(name).equals(timeline(first)) && number(name) >= number(first)) {
                numbers.add(number(name));
            }
        }
        List<String> missing = new ArrayList<>();
        if (numbers.isEmpty()) {
            missing.add(first);
            return missing;
        }
        for (long n = number(first); n < numbers.last(); n++) {
            if (!numbers.contains(n)) {
                missing.add(name(timeline(first), n));
            }
        }
        return missing;
    }

    /** The newest segment of {@code first}'s timeline at hand, from {@code first} on. */
    static String newest(String first, Collection<String> present) {
        String newest = first;
        for (String name : present) {
            if (isSegment(name) && timeline(name).equals(timeline(first)) && number(name) > number(newest)) {
                newest = name;
            }
        }
        return newest;
    }
}
