package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vivres.erp.api.model.LegalIdentity;
import org.vivres.erp.api.model.Organization;

/**
 * What a printed receipt or closing says about who sells and how VAT applies: the store's legal identity, and the VAT
 * rates' codes (A, B, C… by increasing rate, as printed beside each line and in the VAT table's legend). Pure.
 */
public final class ReceiptHeader {
    private ReceiptHeader() {
    }

    /** The store's name and the parts of its legal identity it declared, under the templates' parameter names. */
    public static void putStore(Map<String, Object> header, Organization store) {
        if (store == null) {
            return;
        }
        header.put("store", store.getName());
        LegalIdentity identity = store.getLegalIdentity();
        putIfSet(header, "legalName", identity.legalName());
        putIfSet(header, "address", identity.address());
        putIfSet(header, "postalCode", identity.postalCode());
        putIfSet(header, "city", identity.city());
        putIfSet(header, "siret", identity.siret());
        putIfSet(header, "vatNumber", identity.vatNumber());
    }

    /** The code of each rate among {@code rates} (any order, repeats allowed): A for the lowest, then B… */
    public static Map<BigDecimal, String> codes(List<BigDecimal> rates) {
        List<BigDecimal> distinct = rates.stream().map(r -> r.setScale(2, java.math.RoundingMode.HALF_UP)).distinct()
                .sorted().toList();
        Map<BigDecimal, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            codes.put(distinct.get(i), i < 26 ? String.valueOf((char) ('A' + i)) : Integer.toString(i + 1));
        }
        return codes;
    }

    /** The VAT table's rows as the templates list them: code, rate, base, vat, total. */
    public static List<Map<String, Object>> vatRows(List<VatTable.Row> rows) {
        Map<BigDecimal, String> codes = codes(rows.stream().map(VatTable.Row::rate).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (VatTable.Row row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", codes.get(row.rate().setScale(2, java.math.RoundingMode.HALF_UP)));
            m.put("rate", row.rate());
            m.put("base", row.base());
            m.put("vat", row.vat());
            m.put("total", row.total());
            list.add(m);
        }
        return list;
    }

    private static void putIfSet(Map<String, Object> header, String name, String value) {
        if (value != null) {
            header.put(name, value);
        }
    }
}
