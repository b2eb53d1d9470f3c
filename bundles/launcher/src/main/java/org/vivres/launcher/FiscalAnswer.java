package org.vivres.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The answer of {@code GET /api/fiscal/verify}: {@code {"status":"INTACT"|"BROKEN","records":n,"firstBroken":...}}. */
record FiscalAnswer(String status, long records, String chain, long sequence, String reason) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Anything but a readable INTACT counts as broken: a restore must not vouch for what it could not read. */
    static FiscalAnswer parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode broken = root.path("firstBroken");
            return new FiscalAnswer(root.path("status").asText("?"), root.path("records").asLong(),
                    broken.path("chain").asText(null), broken.path("sequence").asLong(),
                    broken.path("reason").asText(null));
        } catch (JsonProcessingException e) {
            return new FiscalAnswer("?", 0, null, 0, "réponse illisible : " + body);
        }
    }

    boolean intact() {
        return "INTACT".equals(status);
    }

    /** In French, naming the chain and the first record that does not hold. */
    String broken() {
        if (chain == null) {
            return "statut « " + status + " »" + (reason == null ? "" : ", " + reason);
        }
        return "chaîne « " + chain + " », enregistrement n° " + sequence + " (" + reason + ")";
    }
}
