package org.vivres.erp.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stock of the organizations (Openbravo's StorageDetail): every change is a movement, and the
 * level is updated atomically in the same transaction, so concurrent tills never lose a unit.
 */
@ProviderType
public interface Stock {

    /**
     * Records a movement of {@code quantity} (signed: negative goes out) and updates the level.
     *
     * @param reason one of the {@code StockMovement} reasons
     * @param ticket the ticket that caused it, or {@code null}
     */
    void move(UUID organization, UUID product, BigDecimal quantity, String reason, UUID ticket);

    /**
     * Takes {@code quantity} (&gt; 0) out of the organization's stock with one movement, atomically,
     * unless less is on hand (a hub handing out goods must not go below zero, whatever moved meanwhile).
     *
     * @return {@code false}, with nothing recorded, when less than {@code quantity} is on hand
     */
    boolean take(UUID organization, UUID product, BigDecimal quantity, String reason, UUID ticket);

    /** The quantity on hand, zero when never moved. */
    BigDecimal onHand(UUID organization, UUID product);
}
