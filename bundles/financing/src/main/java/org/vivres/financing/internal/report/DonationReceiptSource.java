package org.vivres.financing.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.LegalIdentity;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.financing.internal.Refusals;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.Donor;

/**
 * Report {@code donation-receipt} ({@code donor}, {@code year}, and {@code organization} when the donor is the
 * network's): the receipt for gifts (reçu de dons, content of Cerfa 11580) an organization gives a donor for the gifts it
 * received from him in a year — its identity, the donor, each gift with its date, nature and value, the total in figures
 * and in words, and the CGI article that gives the right to a tax reduction (200 for an individual, 238 bis for a
 * company). Only when the organization says it may issue them (422 {@code DONATION_RECEIPTS_NOT_ALLOWED}); a year
 * without gifts has no receipt (422 {@code NO_DONATION_TO_RECEIPT}). Managers of the organization and network admins.
 */
@Component
public final class DonationReceiptSource implements ReportSource {
    static final List<String> COLUMNS = List.of("date", "nature", "description", "amount");

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public DonationReceiptSource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String name() {
        return "donation-receipt";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER);
        Donor donor = Check.found(dal.get(Donor.class, ReportQuery.id(parameters, "donor")), "donateur");
        int year = year(parameters.get("year"));
        UUID org = organization(donor, parameters);
        context.checkAccess(org);
        Organization issuer = Check.found(dal.get(Organization.class, org), "organisation " + org);
        if (!issuer.mayIssueDonationReceipts()) {
            throw Refusals.unprocessable("DONATION_RECEIPTS_NOT_ALLOWED", issuer.getName());
        }
        List<Donation> gifts = dal.query(Donation.class,
                "e.organization = :org and e.donor = :donor and e.receivedOn between :from and :to",
                Map.of("org", org, "donor", donor.getId(), "from", LocalDate.of(year, 1, 1),
                        "to", LocalDate.of(year, 12, 31))).orderBy("e.receivedOn, e.createdAt, e.id").list();
        if (gifts.isEmpty()) {
            throw Refusals.unprocessable("NO_DONATION_TO_RECEIPT", donor.getName(), String.valueOf(year),
                    issuer.getName());
        }
        List<Map<String, Object>> rows = new ArrayList<>(gifts.size());
        BigDecimal total = Money.ZERO;
        for (Donation gift : gifts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", gift.getReceivedOn());
            row.put("nature", nature(gift.getKind()));
            row.put("description", gift.getDescription());
            row.put("amount", gift.getValue());
            rows.add(row);
            total = total.add(gift.getValue());
        }
        return new ReportData(header(issuer, donor, year, total), COLUMNS, rows);
    }

    private static Map<String, Object> header(Organization issuer, Donor donor, int year, BigDecimal total) {
        Map<String, Object> header = new HashMap<>();
        LegalIdentity identity = issuer.getLegalIdentity();
        header.put("organization", identity.legalName() != null ? identity.legalName() : issuer.getName());
        String address = String.join("\n", nonNull(identity.address(),
                String.join(" ", nonNull(identity.postalCode(), identity.city()))));
        if (!address.isBlank()) {
            header.put("organizationAddress", address.strip());
        }
        if (identity.siret() != null) {
            header.put("siret", identity.siret());
        }
        header.put("donor", donor.getName());
        header.put("donorKind", donor.getKind());
        header.put("year", String.valueOf(year));
        header.put("number", year + "-" + donor.getId().toString().substring(0, 8).toUpperCase());
        header.put("total", total);
        header.put("totalInWords", FrenchAmount.words(total));
        header.put("article", switch (donor.getKind()) {
            case "INDIVIDUAL" -> "200";
            case "COMPANY", "FARM" -> "238 bis";
            default -> "200 et 238 bis";
        });
        return header;
    }

    /** The organization that received the gifts: the donor's own, else the one asked for, else the user's only one. */
    private UUID organization(Donor donor, Map<String, String> parameters) {
        if (donor.getOrganization() != null) {
            return donor.getOrganization();
        }
        String asked = parameters.get("organization");
        if ((asked == null || asked.isBlank()) && !context.isAdmin() && context.readableOrganizations().size() == 1) {
            return context.readableOrganizations().iterator().next();
        }
        return ReportQuery.id(parameters, "organization");
    }

    /** A year {@code 2026}: 400 {@code FIELD_REQUIRED} when missing, {@code INVALID_YEAR} when not a year. */
    static int year(String text) {
        if (text == null || text.isBlank()) {
            throw Check.invalid("FIELD_REQUIRED", "year");
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= Year.now().getValue() + 1) {
                return year;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw Refusals.badRequest("INVALID_YEAR", text.strip());
    }

    private static String nature(String kind) {
        return switch (kind) {
            case Donation.MONEY -> "Numéraire";
            case Donation.GOODS -> "Don en nature : marchandises";
            case Donation.EQUIPMENT -> "Don en nature : équipement";
            default -> kind;
        };
    }

    private static List<String> nonNull(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept;
    }
}
