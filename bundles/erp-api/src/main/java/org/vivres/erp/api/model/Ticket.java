package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A till ticket (Openbravo's Order): a sale, or a return of an earlier sale. Its id may come from
 * the client, which makes posting it idempotent. Lines and payments reference it by id.
 */
@Entity
@Table(name = "erp_ticket")
public class Ticket extends ErpEntity {
    public static final String SALE = "SALE";
    public static final String RETURN = "RETURN";

    @Column(name = "document_no", nullable = false, unique = true, updatable = false)
    private String documentNo;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "household_id")
    private UUID household;

    @Column(name = "original_ticket_id", updatable = false)
    private UUID originalTicket;

    @Column(name = "ticket_date", nullable = false, updatable = false)
    private LocalDate ticketDate;

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    /** Digest of the request that created it, to tell a retry from a reuse of the id. */
    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    protected Ticket() {
    }

    public Ticket(UUID id, String kind, UUID organization, UUID household, UUID originalTicket,
            LocalDate ticketDate, String documentNo, BigDecimal total, String requestHash) {
        setId(id);
        setOrganization(organization);
        this.kind = kind;
        this.household = household;
        this.originalTicket = originalTicket;
        this.ticketDate = ticketDate;
        this.documentNo = documentNo;
        this.total = total;
        this.requestHash = requestHash;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getKind() {
        return kind;
    }

    public UUID getHousehold() {
        return household;
    }

    public UUID getOriginalTicket() {
        return originalTicket;
    }

    public LocalDate getTicketDate() {
        return ticketDate;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getRequestHash() {
        return requestHash;
    }
}
