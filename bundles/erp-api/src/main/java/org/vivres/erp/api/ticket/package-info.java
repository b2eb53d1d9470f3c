/**
 * The till's extension points (Openbravo's discount rules, payment processors and order loader
 * hooks): {@link LinePriceRule}, {@link PaymentMethod}, {@link TicketHook}, {@link LineKind}.
 * Each runs inside the ticket's transaction; an {@link org.vivres.erp.api.ErpException} thrown by
 * any of them refuses the whole ticket and nothing is written.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.vivres.erp.api.ticket;
