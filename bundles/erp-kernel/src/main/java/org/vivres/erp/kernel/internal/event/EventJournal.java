package org.vivres.erp.kernel.internal.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.erp.kernel.internal.fiscal.Sealer;
import org.vivres.erp.kernel.internal.http.JsonMapper;

/**
 * The one way the kernel writes an event of its journal, in the caller's transaction (an event of a ticket is written
 * with the ticket or not at all). Insert only: nothing here changes or removes an event, each sealed in its
 * store's events chain just before the transaction commits.
 */
@Component(service = EventJournal.class)
public final class EventJournal {
    /** A ticket sold offline was paid otherwise than the server prices it. */
    public static final String OFFLINE_GAP = "OFFLINE_GAP";
    /** A manager approved or rejected such a gap. */
    public static final String OFFLINE_GAP_DECISION = "OFFLINE_GAP_DECISION";
    /** A till's session was opened (details: till, session, opening float). */
    public static final String TILL_OPENED = "TILL_OPENED";
    /** A till's session was closed by its Z (details: till, session, Z number, total). */
    public static final String TILL_CLOSED = "TILL_CLOSED";
    /** A store's day, month or year was closed (details: kind, period, total). */
    public static final String CLOSING_MADE = "CLOSING_MADE";
    /** A fiscal archive of a closed period was made (details: period, size, files). */
    public static final String ARCHIVE_MADE = "ARCHIVE_MADE";
    /** A cashier logged in (the event's user is the cashier; no name, only the id). */
    public static final String TILL_LOGIN = "TILL_LOGIN";
    /** A product's reference price or VAT rate changed (details: product, old and new price and rate). */
    public static final String PRICE_CHANGED = "PRICE_CHANGED";
    /** A user was created, with its roles (details: user, roles). */
    public static final String USER_CREATED = "USER_CREATED";
    /** A user was activated or deactivated (details: user, active). */
    public static final String USER_ACTIVE_CHANGED = "USER_ACTIVE_CHANGED";
    /** A user's password was reset by a manager (details: user — never the password). */
    public static final String USER_PASSWORD_RESET = "USER_PASSWORD_RESET";
    /** A bundle was installed, updated or removed (details: bundle symbolic name, version). */
    public static final String BUNDLE_INSTALLED = "BUNDLE_INSTALLED";
    public static final String BUNDLE_UPDATED = "BUNDLE_UPDATED";
    public static final String BUNDLE_UNINSTALLED = "BUNDLE_UNINSTALLED";

    private final ObjectMapper mapper = JsonMapper.create();
    private final Dal dal;
    private final ErpContext context;

    private final SessionHolder sessions;
    private final Sealer sealer;

    @Activate
    public EventJournal(@Reference Dal dal, @Reference ErpContext context, @Reference SessionHolder sessions,
            @Reference Sealer sealer) {
        this.dal = dal;
        this.context = context;
        this.sessions = sessions;
        this.sealer = sealer;
    }

    /**
     * Records that {@code type} happened now in {@code organization} to {@code subject}, by the current user.
     *
     * @param details ids, amounts, codes — never a name or anything else personal
     */
    public void record(UUID organization, String type, UUID subject, Map<String, ?> details) {
        record(organization, type, subject, details, context.userId());
    }

    /**
     * Records a product's new price or VAT rate, when either changed; products are the network's, so the event goes to
     * the network's chain. Whatever changes a product's terms (the back office, an import) calls this.
     */
    public void priceChanged(UUID product, BigDecimal oldPrice, BigDecimal newPrice, BigDecimal oldVat,
            BigDecimal newVat) {
        if (oldPrice.compareTo(newPrice) == 0 && oldVat.compareTo(newVat) == 0) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("product", product);
        details.put("oldPrice", oldPrice);
        details.put("newPrice", newPrice);
        details.put("oldVatRate", oldVat);
        details.put("newVatRate", newVat);
        record(null, PRICE_CHANGED, product, details);
    }

    /** As {@link #record(UUID, String, UUID, Map)}, caused by {@code user} (a login, before anyone is logged in). */
    public void record(UUID organization, String type, UUID subject, Map<String, ?> details, UUID user) {
        String json;
        try {
            json = mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event details must be plain values", e);
        }
        ErpEvent event = dal.save(new ErpEvent(organization, OffsetDateTime.now(ZoneOffset.UTC), user, type,
                subject, json));
        // sealed last, after the records of the same transaction: chains are always locked tills first, events last
        sessions.beforeCommit(() -> sealer.sealEvent(event.getId()));
    }
}
