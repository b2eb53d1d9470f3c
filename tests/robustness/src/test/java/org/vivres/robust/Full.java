package org.vivres.robust;

/** The counts of a run: small by default (the suite stays under 3 minutes), full with {@code -Dvivres.full=true}. */
final class Full {
    private Full() {
    }

    static boolean on() {
        return Boolean.getBoolean("vivres.full");
    }

    /** {@code small}, or {@code full} in a full run. */
    static int count(int small, int full) {
        return on() ? full : small;
    }
}
