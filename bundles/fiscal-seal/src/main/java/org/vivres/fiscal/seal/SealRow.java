package org.vivres.fiscal.seal;

/**
 * A seal as stored: its place in its chain, the record it seals, its hash, its predecessor's hash, and the canonical
 * text it was computed over (kept so that a check names the field that changed, not only that something did).
 */
public record SealRow(String chain, long sequence, String recordType, String recordId, String hash, String previous,
        String text) {
}
