package org.vivres.erp.api.financing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A capability's part of a store's financing mix (caisse: its funders and members' contributions; pricing: the support
 * prices; financing: gifts and volunteer hours). Called inside the request's transaction by the mix report, after it has
 * checked that the user may read {@code organization}: it reads, never writes, and may read as admin what belongs to
 * that store (a fund of the network conventioned with it, say). It answers no figure when it has nothing to tell.
 */
@ConsumerType
public interface FinancingFigures {
    /** The figures of {@code organization} between {@code from} and {@code to} (store dates, both included). */
    List<FinancingFigure> figures(UUID organization, LocalDate from, LocalDate to);
}
