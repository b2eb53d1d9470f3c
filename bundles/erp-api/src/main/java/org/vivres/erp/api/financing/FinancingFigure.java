package org.vivres.erp.api.financing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One valued part of a store's financing over a period: a funder of its caisse, the households' support prices, the
 * goods given... {@code kind} says in which column of the mix it goes; the labels name it for a reader.
 *
 * @param kind    one of {@link #KINDS}
 * @param labelFr what it is, in French (printed)
 * @param labelEn the same in English
 * @param amount  its value in euros, scale 2
 */
public record FinancingFigure(String kind, String labelFr, String labelEn, BigDecimal amount) {
    /** Public money: the State, local authorities, public programmes. */
    public static final String PUBLIC = "PUBLIC";
    /** Private funders: foundations, companies' sponsorship. */
    public static final String FOUNDATIONS = "FOUNDATIONS";
    /** The members' contributions to a caisse alimentaire. */
    public static final String MEMBERS = "MEMBERS";
    /** What households paid above the reference prices (support tiers). */
    public static final String HOUSEHOLDS = "HOUSEHOLDS";
    /** Goods and equipment given, valued. */
    public static final String IN_KIND = "IN_KIND";
    /** Money given by individuals and companies, the cagnotte included. */
    public static final String CAGNOTTE = "CAGNOTTE";
    /** Volunteer hours, valued at the hourly rate. */
    public static final String VOLUNTEERING = "VOLUNTEERING";
    /** The kinds, in the order a mix shows them. */
    public static final List<String> KINDS = List.of(PUBLIC, FOUNDATIONS, MEMBERS, HOUSEHOLDS, IN_KIND, CAGNOTTE,
            VOLUNTEERING);

    public FinancingFigure {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind " + kind + " is not one of " + KINDS);
        }
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(amount, "amount");
    }
}
