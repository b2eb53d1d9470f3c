package org.vivres.erp.kernel.internal.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.erp.kernel.internal.core.StockService;

/**
 * Records a delivery: every line is checked before anything is written (a refused delivery leaves no delivery, no line
 * and no stock movement), then the delivery, its lines and one RECEIPT movement per line, the levels raised in the
 * products' order (the order the tills lock them in). A delivery note is taken once per supplier and store: the check
 * gives the clear refusal, the unique index settles two managers entering the same note at once.
 */
@Component(service = Deliveries.class)
public final class Deliveries {
    static final int MAX_LINES = 500;
    /** Dates as the store reads them in a message, not ISO. */
    private static final java.time.format.DateTimeFormatter FRENCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Dal dal;
    private final StockService stock;

    record NewLine(UUID product, BigDecimal quantity, BigDecimal unitCost) {
    }

    record NewDelivery(UUID organization, String supplier, String noteNumber, LocalDate date, List<NewLine> lines) {
    }

    /** A line checked: its product and quantities at their scales. */
    record Checked(int lineNo, Product product, BigDecimal quantity, BigDecimal unitCost) {
        BigDecimal amount() {
            return Money.euros(unitCost.multiply(quantity));
        }
    }

    @Activate
    public Deliveries(@Reference Dal dal, @Reference StockService stock) {
        this.dal = dal;
        this.stock = stock;
    }

    /** The delivery recorded with its lines (in the order given), or a refusal with nothing written. */
    Map.Entry<Delivery, List<Checked>> record(UUID organization, NewDelivery body) {
        String supplier = Check.text(body.supplier(), "supplier", 200);
        String note = Check.text(body.noteNumber(), "noteNumber", 60);
        LocalDate today = StoreCalendar.today();
        LocalDate date = body.date() == null ? today : body.date();
        if (date.isAfter(today)) {
            throw refusal("DELIVERY_DATE_IN_FUTURE", FRENCH_DATE.format(date));
        }
        List<Checked> lines = lines(body.lines());
        Delivery taken = dal.query(Delivery.class, "e.organization = :o and e.supplierKey = :s and e.noteKey = :n",
                Map.of("o", organization, "s", Delivery.supplierKey(supplier), "n", Delivery.noteKey(note)))
                .uniqueResult();
        if (taken != null) {
            throw new ErpException(ErrorStatus.CONFLICT, "DELIVERY_NOTE_TAKEN", Deliveries.class,
                    taken.getNoteNumber(), taken.getSupplierName(), FRENCH_DATE.format(taken.getDeliveredOn()));
        }
        BigDecimal total = lines.stream().map(Checked::amount).reduce(Money.ZERO, BigDecimal::add);
        Delivery delivery = dal.save(new Delivery(organization, supplier, note, date, total));
        for (Checked line : lines) {
            dal.save(new DeliveryLine(delivery, line.lineNo(), line.product().getId(), line.quantity(),
                    line.unitCost()));
        }
        List<Map.Entry<UUID, BigDecimal>> moves = new ArrayList<>();
        lines.stream().sorted(Comparator.comparing((Checked c) -> c.product().getId()))
                .forEach(c -> moves.add(Map.entry(c.product().getId(), c.quantity())));
        stock.moveAll(organization, moves, StockMovement.RECEIPT, null);
        return Map.entry(delivery, lines);
    }

    private List<Checked> lines(List<NewLine> given) {
        if (given == null || given.isEmpty()) {
            throw refusal("DELIVERY_WITHOUT_LINES");
        }
        if (given.size() > MAX_LINES) {
            throw Check.invalid("INVALID_LINES", "lines", MAX_LINES);
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            int lineNo = i + 1;
            NewLine line = given.get(i);
            if (line == null || line.product() == null) {
                throw refusal("DELIVERY_LINE_WITHOUT_PRODUCT", lineNo);
            }
            Product product = dal.get(Product.class, line.product());
            if (product == null) {
                throw refusal("DELIVERY_UNKNOWN_PRODUCT", lineNo);
            }
            checked.add(new Checked(lineNo, product, quantity(line, lineNo, product), cost(line, lineNo, product)));
        }
        return checked;
    }

    private static BigDecimal quantity(NewLine line, int lineNo, Product product) {
        BigDecimal q = line.quantity();
        if (q == null || q.signum() <= 0) {
            throw refusal("DELIVERY_QUANTITY_NOT_POSITIVE", lineNo, product.getName());
        }
        if (q.stripTrailingZeros().scale() > 3 || q.compareTo(new BigDecimal("99999999.999")) > 0) {
            throw refusal("DELIVERY_QUANTITY_INVALID", lineNo, product.getName());
        }
        if (!product.isMeasured() && q.stripTrailingZeros().scale() > 0) {
            throw refusal("DELIVERY_WHOLE_UNITS", lineNo, product.getName());
        }
        return Money.quantity(q);
    }

    private static BigDecimal cost(NewLine line, int lineNo, Product product) {
        BigDecimal c = line.unitCost();
        if (c == null) {
            throw refusal("DELIVERY_COST_REQUIRED", lineNo, product.getName());
        }
        if (c.signum() < 0) {
            throw refusal("DELIVERY_NEGATIVE_COST", lineNo, product.getName());
        }
        if (c.stripTrailingZeros().scale() > 2 || c.compareTo(new BigDecimal("99999999.99")) > 0) {
            throw refusal("DELIVERY_COST_INVALID", lineNo, product.getName());
        }
        return Money.euros(c);
    }

    private static ErpException refusal(String code, Object... args) {
        return new ErpException(ErrorStatus.UNPROCESSABLE, code, Deliveries.class, args);
    }
}
