package org.vivres.financing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Stock;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.financing.internal.Refusals;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.DonationLine;
import org.vivres.financing.internal.model.Donor;

/**
 * Checks a donation and records it: goods go into the organization's stock (reason {@code DONATION}) in the same
 * transaction as the donation and its lines, so that a refusal on any line leaves neither a record nor a unit of stock.
 * Used by {@code POST /api/donations} and by the demo data.
 */
public final class DonationRecorder {
    static final int MAX_LINES = 200;

    private final Dal dal;
    private final ErpContext context;
    private final Stock stock;

    public record NewLine(UUID product, BigDecimal quantity, BigDecimal unitValue) {
    }

    public record NewDonation(UUID organization, UUID donor, LocalDate receivedOn, String kind, String description,
                              BigDecimal value, List<NewLine> lines) {
    }

    /** A line as checked, before anything is written. */
    private record Checked(Product product, BigDecimal quantity, BigDecimal unitValue, String source) {
    }

    public DonationRecorder(Dal dal, ErpContext context, Stock stock) {
        this.dal = dal;
        this.context = context;
        this.stock = stock;
    }

    public Views.DonationView record(NewDonation body) {
        UUID org = Check.required(body.organization(), "organization");
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        Donor donor = donor(Check.required(body.donor(), "donor"), org);
        LocalDate receivedOn = Check.required(body.receivedOn(), "receivedOn");
        if (receivedOn.isAfter(StoreCalendar.today())) {
            throw Refusals.unprocessable("DATE_IN_FUTURE", "receivedOn", receivedOn);
        }
        String kind = body.kind() == null ? Donation.GOODS : Check.oneOf(body.kind(), "kind", Donation.KINDS);
        String description = body.description() == null ? null : Check.text(body.description(), "description", 500);
        if (Donation.GOODS.equals(kind)) {
            return goods(org, donor, receivedOn, description, body);
        }
        if (body.lines() != null && !body.lines().isEmpty()) {
            throw Refusals.unprocessable("DONATION_LINES_NOT_ALLOWED", kind);
        }
        Check.required(description, "description");
        BigDecimal value = Check.positiveAmount(body.value(), "value");
        Donation donation = dal.save(new Donation(org, donor.getId(), receivedOn, kind, description, value));
        return Views.DonationView.of(donation, donor, List.of());
    }

    /**
     * The donor, which must be the organization's own or the network's. Looked up beyond what the user reads, so that
     * another store's donor is refused by name (422) rather than looking absent.
     */
    private Donor donor(UUID id, UUID org) {
        Donor donor = Check.found(context.asAdmin(() -> dal.get(Donor.class, id)), "donateur " + id);
        if (donor.getOrganization() != null && !donor.getOrganization().equals(org)) {
            throw Refusals.unprocessable("DONOR_OTHER_ORGANIZATION", donor.getName());
        }
        return donor;
    }

    private Views.DonationView goods(UUID org, Donor donor, LocalDate receivedOn, String description,
                                     NewDonation body) {
        if (body.value() != null) {
            throw Refusals.unprocessable("DONATION_VALUE_FROM_LINES");
        }
        List<NewLine> lines = body.lines();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw Check.invalid("INVALID_LINES", "lines", MAX_LINES);
        }
        List<Checked> checked = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Checked line = check(lines.get(i), "lines[" + i + "].");
            checked.add(line);
            total = total.add(Money.lineAmount(line.unitValue(), line.quantity()));
        }
        // many units at a stated value can add up beyond what an amount may be: refused like any amount
        Check.amount(total, "value");
        Donation donation = dal.save(new Donation(org, donor.getId(), receivedOn, Donation.GOODS, description, total));
        List<DonationLine> saved = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked line = checked.get(i);
            saved.add(dal.save(new DonationLine(donation, i + 1, line.product().getId(), line.quantity(),
                    line.unitValue(), Money.lineAmount(line.unitValue(), line.quantity()), line.source())));
            stock.move(org, line.product().getId(), line.quantity(), StockMovement.DONATION, null);
        }
        return Views.DonationView.of(donation, donor, saved);
    }

    /** A line's product, quantity (whole for products sold by the unit) and value per unit. */
    private Checked check(NewLine line, String prefix) {
        if (line == null) {
            throw Check.invalid("FIELD_REQUIRED", prefix + "product");
        }
        UUID id = Check.required(line.product(), prefix + "product");
        Product product = Check.found(dal.get(Product.class, id), "produit " + id);
        BigDecimal quantity = Check.quantity(line.quantity(), prefix + "quantity");
        if (!product.isMeasured() && quantity.stripTrailingZeros().scale() > 0) {
            throw Check.invalid("INVALID_QUANTITY", prefix + "quantity");
        }
        if (line.unitValue() == null) {
            return new Checked(product, quantity, Money.euros(product.getReferencePrice()), DonationLine.REFERENCE_PRICE);
        }
        return new Checked(product, quantity, Check.amount(line.unitValue(), prefix + "unitValue"), DonationLine.STATED);
    }
}
