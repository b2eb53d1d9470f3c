package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.vivres.erp.api.model.ErpEntity;

/** A store's closing of a day, a month or a year, written once; its lists as JSON texts, as they were shown. */
@Entity
@Table(name = "erp_closing")
public class Closing extends ErpEntity {
    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "period", nullable = false, updatable = false)
    private String period;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "tickets", nullable = false, updatable = false)
    private int tickets;

    @Column(name = "returns", nullable = false, updatable = false)
    private int returns;

    @Column(name = "total", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal total;

    @Column(name = "period_total", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal periodTotal;

    @Column(name = "perpetual_total", nullable = false, precision = 16, scale = 2, updatable = false)
    private BigDecimal perpetualTotal;

    @Column(name = "by_method", nullable = false, updatable = false)
    private String byMethod;

    @Column(name = "by_vat_rate", nullable = false, updatable = false)
    private String byVatRate;

    @Column(name = "late_tickets", nullable = false, updatable = false)
    private String lateTickets;

    protected Closing() {
    }

    Closing(java.util.UUID organization, ClosingPeriod p, ZFigures.Counts counts, BigDecimal periodTotal,
            BigDecimal perpetualTotal, String byMethod, String byVatRate, String lateTickets) {
        setOrganization(organization);
        this.kind = p.kind();
        this.period = p.period();
        this.firstDay = p.first();
        this.lastDay = p.last();
        this.tickets = counts.tickets();
        this.returns = counts.returns();
        this.total = counts.total();
        this.periodTotal = periodTotal;
        this.perpetualTotal = perpetualTotal;
        this.byMethod = byMethod;
        this.byVatRate = byVatRate;
        this.lateTickets = lateTickets;
    }

    public String getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public int getTickets() {
        return tickets;
    }

    public int getReturns() {
        return returns;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPeriodTotal() {
        return periodTotal;
    }

    public BigDecimal getPerpetualTotal() {
        return perpetualTotal;
    }

    String byMethod() {
        return byMethod;
    }

    String byVatRate() {
        return byVatRate;
    }

    String lateTickets() {
        return lateTickets;
    }
}
