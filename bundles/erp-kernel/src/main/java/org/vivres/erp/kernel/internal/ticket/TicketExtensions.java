package org.vivres.erp.kernel.internal.ticket;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ticket.LineKind;
import org.vivres.erp.api.ticket.LinePriceRule;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.TicketHook;

/** The till's extension services present right now; bundles come and go while the till runs. */
@Component(service = TicketExtensions.class)
public final class TicketExtensions {
    private record Ranked(TicketHook hook, int ranking) {
    }

    private final List<LinePriceRule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, PaymentMethod> methods = new ConcurrentHashMap<>();
    private final List<Ranked> hooks = new CopyOnWriteArrayList<>();
    private final Map<String, LineKind> kinds = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(LinePriceRule rule) {
        rules.add(rule);
    }

    void removeRule(LinePriceRule rule) {
        rules.remove(rule);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMethod(PaymentMethod method) {
        methods.putIfAbsent(method.code(), method);
    }

    void removeMethod(PaymentMethod method) {
        methods.remove(method.code(), method);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHook(TicketHook hook, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        hooks.add(new Ranked(hook, ranking instanceof Integer r ? r : 0));
    }

    void removeHook(TicketHook hook) {
        hooks.removeIf(r -> r.hook() == hook);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(LineKind kind) {
        kinds.putIfAbsent(kind.field(), kind);
    }

    void removeKind(LineKind kind) {
        kinds.remove(kind.field(), kind);
    }

    List<LinePriceRule> rules() {
        return List.copyOf(rules);
    }

    Optional<PaymentMethod> method(String code) {
        return Optional.ofNullable(methods.get(code));
    }

    /** Highest {@code service.ranking} first. */
    List<TicketHook> hooks() {
        return hooks.stream().sorted(Comparator.comparingInt(Ranked::ranking).reversed()).map(Ranked::hook).toList();
    }

    Optional<LineKind> kind(String field) {
        return Optional.ofNullable(kinds.get(field));
    }

    /**
     * A request line of a bundle's kind: the field that names it, the kind, and what the line refers to: a text
     * {@code reference}, or else the fields of an {@code object} (see {@link LineKind#priceObject}).
     */
    record KindLine(String field, LineKind kind, String reference, Map<String, Object> object) {
    }

    /**
     * What request line {@code i} names, as sales and returns read it: null for a product line, which carries nothing
     * else (400 {@code UNKNOWN_FIELD}); otherwise its one field naming a registered kind, with a text or an object
     * (400 {@code FIELD_REQUIRED} without a product or such a field, {@code UNKNOWN_FIELD} for a kind no bundle
     * registers).
     */
    KindLine kindLine(TicketRequests.LineRequest line, int i) {
        if (line.product != null) {
            if (!line.other().isEmpty()) {
                throw Check.invalid("UNKNOWN_FIELD", "lines[" + i + "]." + line.other().keySet().iterator().next());
            }
            return null;
        }
        if (line.other().size() != 1) {
            throw Check.invalid("FIELD_REQUIRED", "lines[" + i + "].product");
        }
        Map.Entry<String, Object> field = line.other().entrySet().iterator().next();
        LineKind kind = kind(field.getKey())
                .orElseThrow(() -> Check.invalid("UNKNOWN_FIELD", "lines[" + i + "]." + field.getKey()));
        if (field.getValue() instanceof Map<?, ?> object) {
            @SuppressWarnings("unchecked") // JSON objects have text keys
            Map<String, Object> fields = (Map<String, Object>) object;
            return new KindLine(field.getKey(), kind, null, fields);
        }
        return new KindLine(field.getKey(), kind, (String) field.getValue(), null);
    }
}
