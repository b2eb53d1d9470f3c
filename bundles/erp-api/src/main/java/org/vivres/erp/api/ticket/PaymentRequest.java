package org.vivres.erp.api.ticket;

import java.math.BigDecimal;

/**
 * One payment of a ticket as the client asked for it.
 *
 * @param method the method's code ({@code CASH}, {@code CARD}, {@code CAISSE}, ...)
 * @param amount euros, scale 2, positive
 */
public record PaymentRequest(String method, BigDecimal amount) {
}
