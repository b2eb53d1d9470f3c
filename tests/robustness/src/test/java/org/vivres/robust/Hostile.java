package org.vivres.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.vivres.load.Http;

/**
 * A seeded generator of malformed and hostile request bodies: a valid body of the endpoint with one part replaced by
 * a value of the wrong type, a number where money goes, a huge number, a 1 MB string, odd unicode, SQL or HTML
 * injection, null, an array or object in its place, a field removed or an unknown one added — or no JSON at all:
 * random bytes, truncated JSON, deep nesting, a body over the size limit.
 */
final class Hostile {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "A".repeat(1 << 20);
    private static final List<String> STRINGS = List.of(
            "'; drop table erp_ticket; --", "' or '1'='1", "1; update caisse_member set balance = 999999",
            "<script>alert('vivres')</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/x}",
            "Épicerie ﬁne \u202e gnp.exe", "漢字テスト", "😀🥕🥖", "\u0000", "\u0007bell", "\ud800", "",
            "   ", "null", "true", "NaN", "Infinity", "-1.00", "0.001", "1e9999", "-0", "12,50", "12.5.0",
            "99999999999999999999.99", "2026-02-30", "2026-13", "9999-99-99", "not-a-uuid",
            "00000000-0000-0000-0000-000000000000", "STORE\nHUB", "../../etc/passwd", "%00", "CASH");

    private final Random random;

    Hostile(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile version of {@code valid}: a JSON tree, a String of JSON-ish text, or bytes. */
    Object body(ObjectNode valid) {
        int kind = random.nextInt(20);
        if (kind < 3) {
            return notJson();
        }
        ObjectNode body = valid.deepCopy();
        List<ContainerSlot> slots = new ArrayList<>();
        collect(body, slots);
        if (slots.isEmpty() || kind == 3) {
            body.set("champInconnu" + random.nextInt(9), value());
            return body;
        }
        ContainerSlot slot = slots.get(random.nextInt(slots.size()));
        if (kind == 4 && slot.parent instanceof ObjectNode o) {
            o.remove(slot.field);
        } else {
            slot.set(value());
        }
        return body;
    }

    /** A hostile JSON value. */
    JsonNode value() {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.numberNode(12.5);
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.numberNode(new BigDecimal("1e400"));
            case 3 -> NODES.numberNode(new BigInteger("9".repeat(60)));
            case 4 -> NODES.numberNode(Long.MIN_VALUE);
            case 5 -> NODES.textNode(MEGABYTE);
            case 6 -> NODES.nullNode();
            case 7 -> NODES.booleanNode(random.nextBoolean());
            case 8 -> NODES.arrayNode().add(1).add("x").addNull();
            case 9 -> NODES.objectNode().put("amount", "1.00").putNull("id");
            case 10 -> NODES.textNode(new String(randomBytes(40), StandardCharsets.ISO_8859_1));
            case 11 -> NODES.arrayNode();
            case 12 -> NODES.numberNode(-0.0);
            default -> NODES.textNode(STRINGS.get(random.nextInt(STRINGS.size())));
        };
    }

    private Object notJson() {
        return switch (random.nextInt(9)) {
            case 0 -> randomBytes(1 + random.nextInt(2000));
            case 1 -> "{\"organization\": ";
            case 2 -> "[" .repeat(100_000);
            case 3 -> "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
            case 4 -> "[]";
            case 5 -> "null";
            case 6 -> "\"" + MEGABYTE + "\"";
            case 7 -> new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'};
            default -> "{\"x\":\"" + "B".repeat(3 << 20) + "\"}";
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A place in the tree where a value can go. */
    private record ContainerSlot(JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<ContainerSlot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext();) {
                String name = names.next();
                slots.add(new ContainerSlot(o, name, -1));
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new ContainerSlot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }

    /** What {@link Http#send} takes: JSON trees are serialised, text and bytes go as they are. */
    static Object wire(Object body) {
        return body instanceof JsonNode node ? node.toString() : body;
    }
}
