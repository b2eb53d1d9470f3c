package org.vivres.fiscal.seal;

import java.util.List;
import java.util.function.Function;

/**
 * Checks one chain of seals against the records they seal, the same way on the server and offline. The first fault
 * found is the answer:
 * <ul>
 * <li>{@code MISSING}: a sequence number is skipped (a sealed record and its seal were removed);</li>
 * <li>{@code REORDERED}: a seal does not follow the one before it (seals moved or swapped);</li>
 * <li>{@code SEAL_CHANGED}: a seal's hash is not that of its own text;</li>
 * <li>{@code RECORD_DELETED}: the sealed record is gone;</li>
 * <li>{@code CHANGED field}: the record no longer reads as it was sealed (the first field that differs).</li>
 * </ul>
 */
public final class ChainCheck {
    /** The first fault of a chain. */
    public record Broken(String chain, long sequence, String reason) {
    }

    private ChainCheck() {
    }

    /**
     * @param seals         one chain's seals, in sequence order
     * @param firstSequence the sequence the first one must have (1 for a whole chain)
     * @param firstPrevious the hash the first one must follow ({@link CanonicalText#GENESIS} for a whole chain)
     * @param records       the record a seal seals as it reads now, or {@code null} when it is gone
     * @return the first fault, or {@code null} when the chain is intact
     */
    public static Broken check(List<SealRow> seals, long firstSequence, String firstPrevious,
            Function<SealRow, FiscalRecord> records) {
        long expected = firstSequence;
        String previous = firstPrevious;
        for (SealRow seal : seals) {
            Broken broken = checkOne(seal, expected, previous, records);
            if (broken != null) {
                return broken;
            }
            expected = seal.sequence() + 1;
            previous = seal.hash();
        }
        return null;
    }

    private static Broken checkOne(SealRow seal, long expected, String previous,
            Function<SealRow, FiscalRecord> records) {
        if (seal.sequence() != expected) {
            return new Broken(seal.chain(), expected, seal.sequence() > expected ? "MISSING" : "REORDERED");
        }
        if (!seal.previous().equals(previous)) {
            return new Broken(seal.chain(), seal.sequence(), "REORDERED");
        }
        if (!CanonicalText.hash(seal.chain(), seal.sequence(), seal.previous(), seal.text()).equals(seal.hash())) {
            return new Broken(seal.chain(), seal.sequence(), "SEAL_CHANGED");
        }
        FiscalRecord record = records.apply(seal);
        if (record == null) {
            return new Broken(seal.chain(), seal.sequence(), "RECORD_DELETED");
        }
        String now = CanonicalText.of(record);
        if (!now.equals(seal.text())) {
            return new Broken(seal.chain(), seal.sequence(), "CHANGED " + CanonicalText.firstDifference(seal.text(),
                    now));
        }
        return null;
    }
}
