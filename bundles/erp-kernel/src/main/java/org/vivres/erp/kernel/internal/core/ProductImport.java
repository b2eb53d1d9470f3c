package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.Product;

/**
 * Reads a product file (header {@code sku;name;category;uom;referencePrice;vatRate;labels;originKm}) against the
 * catalogue: which lines create a product, which change one (field by field) and which are refused, with their line
 * numbers. Every line is checked as the API checks one product; nothing is written here.
 */
final class ProductImport {
    static final List<String> COLUMNS = List.of("sku", "name", "category", "uom", "referencePrice", "vatRate",
            "labels", "originKm");
    private static final List<String> OPTIONAL = List.of("labels", "originKm");

    record Refused(int line, String code, String message) {
    }

    record Change(int line, String sku, String field, String from, String to) {
    }

    /** A line to apply: {@code existing} null for a new product. */
    record Line(int line, String sku, String uom, ProductTerms terms, Product existing) {
    }

    record Preview(int create, int update, int unchanged, List<Refused> refused, List<Change> changes) {
    }

    private final Catalogue catalogue;
    private final Map<String, Product> bySku;
    private final Function<ErpException, String> messages;
    final List<Line> toApply = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private int create;
    private int update;
    private int unchanged;

    ProductImport(Catalogue catalogue, Map<String, Product> bySku, Function<ErpException, String> messages) {
        this.catalogue = catalogue;
        this.bySku = bySku;
        this.messages = messages;
    }

    Preview read(String text) {
        List<CsvRecords.Row> rows = CsvRecords.read(text.startsWith("\uFEFF") ? text.substring(1) : text,
                CsvRecords.separatorOf(text));
        if (rows.isEmpty()) {
            refuse(1, refusal("IMPORT_EMPTY"));
            return preview();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c))
                .filter(c -> !columns.containsKey(c.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            refuse(1, refusal("IMPORT_MISSING_COLUMNS", String.join(", ", missing), String.join(";", COLUMNS)));
            return preview();
        }
        Set<String> seen = new HashSet<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            try {
                line(row, field -> {
                    Integer at = columns.get(field.toLowerCase(Locale.ROOT));
                    return at == null || at >= row.fields().size() ? "" : row.fields().get(at);
                }, seen);
            } catch (ErpException e) {
                refuse(row.line(), e);
            }
        }
        return preview();
    }

    private void line(CsvRecords.Row row, Function<String, String> field, Set<String> seen) {
        String sku = Check.identifier(field.apply("sku"), "sku", 64);
        if (!seen.add(sku)) {
            throw refusal("IMPORT_DUPLICATE_SKU", sku);
        }
        String uom = Check.oneOf(field.apply("uom").toUpperCase(Locale.ROOT), "uom",
                List.of(Product.UNIT, Product.KG, Product.LITRE));
        String labels = field.apply("labels");
        String km = field.apply("originKm");
        ProductTerms terms = ProductTerms.check(catalogue, field.apply("name"), field.apply("category"),
                decimal(field.apply("referencePrice"), "referencePrice"), decimal(field.apply("vatRate"), "vatRate"),
                labels.isBlank() ? List.of() : Arrays.stream(labels.split("[,|/]")).map(String::strip)
                        .filter(l -> !l.isEmpty()).toList(),
                km.isBlank() ? null : integer(km));
        Product existing = bySku.get(sku);
        if (existing == null) {
            create++;
            toApply.add(new Line(row.line(), sku, uom, terms, null));
            return;
        }
        if (!existing.getUom().equals(uom)) {
            throw refusal("IMPORT_UOM_CHANGED", sku, existing.getUom(), uom);
        }
        int before = changes.size();
        compare(row.line(), sku, "name", existing.getName(), terms.name());
        compare(row.line(), sku, "category", existing.getCategory(), terms.category());
        compare(row.line(), sku, "referencePrice", existing.getReferencePrice(), terms.price());
        compare(row.line(), sku, "vatRate", existing.getVatRate(), terms.vat());
        compare(row.line(), sku, "labels", String.join(",", existing.getLabels()), String.join(",", terms.labels()));
        compare(row.line(), sku, "originKm", existing.getOriginKm(), terms.originKm());
        if (changes.size() == before) {
            unchanged++;
        } else {
            update++;
            toApply.add(new Line(row.line(), sku, uom, terms, existing));
        }
    }

    private void compare(int line, String sku, String field, Object from, Object to) {
        boolean same = from instanceof BigDecimal a && to instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(from, to);
        if (!same) {
            changes.add(new Change(line, sku, field, from == null ? null : from.toString(),
                    to == null ? null : to.toString()));
        }
    }

    /** A decimal as spreadsheets write it: « 2,40 » or « 2.40 », spaces as thousands separators. */
    private static BigDecimal decimal(String text, String field) {
        String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (plain.isEmpty()) {
            throw Check.invalid("FIELD_REQUIRED", field);
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw Check.invalid("INVALID_AMOUNT", field);
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Check.invalid("INVALID_DISTANCE", "originKm");
        }
    }

    boolean refusedAny() {
        return !refused.isEmpty();
    }

    Preview preview() {
        return new Preview(create, update, unchanged, List.copyOf(refused), List.copyOf(changes));
    }

    private void refuse(int line, ErpException e) {
        refused.add(new Refused(line, e.code(), messages.apply(e)));
    }

    private static ErpException refusal(String code, Object... args) {
        return new ErpException(ErrorStatus.UNPROCESSABLE, code, Refusals.class, args);
    }
}
