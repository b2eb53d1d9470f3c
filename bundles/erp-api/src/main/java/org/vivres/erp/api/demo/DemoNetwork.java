package org.vivres.erp.api.demo;

import java.util.Map;
import java.util.UUID;

/**
 * What the kernel's demo data holds, by the names the README uses: the hub, the two stores, the households by
 * card ({@code CARTE-0001}...) and the products by code ({@code 3760001}...).
 */
public record DemoNetwork(UUID hub, UUID croixRousse, UUID guillotiere, Map<String, UUID> households,
        Map<String, UUID> products) {

    public DemoNetwork {
        households = Map.copyOf(households);
        products = Map.copyOf(products);
    }

    /** The household of card {@code reference}. */
    public UUID household(String reference) {
        return require(households, reference);
    }

    /** The product of code {@code sku}. */
    public UUID product(String sku) {
        return require(products, sku);
    }

    private static UUID require(Map<String, UUID> map, String key) {
        UUID id = map.get(key);
        if (id == null) {
            throw new IllegalArgumentException("not in the demo network: " + key);
        }
        return id;
    }
}
