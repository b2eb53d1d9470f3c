package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ProductCatalogue;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LineKind;
import org.vivres.erp.api.ticket.PricedLine;

/**
 * The VAT rate of each line of a ticket being made, and its table stored with it. A product line sells at its
 * product's rate now; a line of a bundle's kind at the rate its kind says, else 0 (see {@link LineKind#vatRate});
 * a return line at the rate its sold line was sold at, whatever the product's rate is today.
 */
@Component(service = VatRates.class)
public final class VatRates {
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private final Dal dal;
    private final ProductCatalogue catalogue;
    private final TicketExtensions extensions;

    @Activate
    public VatRates(@Reference Dal dal, @Reference ProductCatalogue catalogue,
            @Reference TicketExtensions extensions) {
        this.dal = dal;
        this.catalogue = catalogue;
        this.extensions = extensions;
    }

    /** The rates of sale lines, in their order (products from the node's catalogue, as pricing read them). */
    List<BigDecimal> ofSale(List<PricedLine> lines) {
        Map<UUID, Product> products = catalogue.products(lines.stream().map(PricedLine::product)
                .filter(java.util.Objects::nonNull).toList());
        List<BigDecimal> rates = new ArrayList<>(lines.size());
        for (PricedLine line : lines) {
            rates.add(rate(line, products));
        }
        return rates;
    }

    /** The rates of return lines: each its sold line's. */
    List<BigDecimal> ofReturn(List<UUID> soldLines) {
        Map<UUID, TicketLine> sold = dal.get(TicketLine.class, soldLines);
        return soldLines.stream().map(id -> sold.get(id).getVatRate()).toList();
    }

    static List<VatTable.Row> table(List<TicketLine> lines) {
        return VatTable.of(lines.stream().map(l -> new VatTable.Amount(l.getVatRate(), l.getLineAmount())).toList());
    }

    private BigDecimal rate(PricedLine line, Map<UUID, Product> products) {
        if (line.product() != null) {
            Product product = products.get(line.product());
            if (product != null) {
                return product.getVatRate();
            }
        }
        return extensions.kind(line.lineKind()).flatMap(k -> k.vatRate(line)).orElse(NONE);
    }
}
