package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.model.LegalIdentity;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.erp.api.model.User;
import org.vivres.erp.kernel.internal.security.Passwords;
import org.vivres.erp.kernel.internal.till.Till;

/** A small demo network (a hub, two stores, products, households, users) for {@code --demo}. */
final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    // the names the capability bundles' demo data find the network by (DemoLoader)
    static final String HUB = "Pôle logistique Lyon";
    static final String CROIX_ROUSSE = "Épicerie solidaire Croix-Rousse";
    static final String GUILLOTIERE = "Coopérative Guillotière";

    private final Dal dal;
    private final StockService stock;

    DemoData(Dal dal, StockService stock) {
        this.dal = dal;
        this.stock = stock;
    }

    /**
     * Loads the demo network unless organizations exist; demo users get {@code password}, printed once when
     * {@code generated} (else it is the admin's, which no log shows).
     */
    void loadIfEmpty(String password, boolean generated) {
        if (dal.query(Organization.class, null, null).count() > 0) {
            return;
        }
        Organization hub = dal.save(new Organization(HUB, Organization.HUB));
        Organization croixRousse = store(CROIX_ROUSSE, new LegalIdentity(
                "Association Épicerie solidaire de la Croix-Rousse", "12 rue d'Austerlitz", "69004", "Lyon",
                "81234567600017", null));
        // a cooperative charging VAT: its VAT number is its SIREN's (fake but valid numbers)
        Organization guillotiere = store(GUILLOTIERE, new LegalIdentity("SCIC Coopérative Guillotière",
                "35 rue de la Guillotière\nBâtiment B", "69007", "Lyon", "89876543300013", "FR18898765433"));
        List<Product> products = List.of(
                product("3760001", "Carottes bio", "LEGUMES", Product.KG, "2.40", "5.5", List.of("ORGANIC", "LOCAL"), 25),
                product("3760002", "Pommes de terre", "LEGUMES", Product.KG, "1.80", "5.5", List.of("LOCAL"), 40),
                product("3760003", "Poireaux", "LEGUMES", Product.KG, "3.20", "5.5", List.of("ORGANIC", "LOCAL"), 18),
                product("3760004", "Pommes Golden", "FRUITS", Product.KG, "2.90", "5.5", List.of("LOCAL"), 60),
                product("3760005", "Lentilles vertes 500 g", "EPICERIE", Product.UNIT, "2.60", "5.5", List.of("ORGANIC"), 300),
                product("3760006", "Riz long 1 kg", "EPICERIE", Product.UNIT, "2.10", "5.5", List.of(), 900),
                product("3760007", "Lait demi-écrémé 1 L", "CREMERIE", Product.UNIT, "1.15", "5.5", List.of("LOCAL"), 45),
                product("3760008", "Yaourts nature x4", "CREMERIE", Product.UNIT, "1.95", "5.5", List.of("ORGANIC"), 80),
                product("3760009", "Œufs plein air x6", "CREMERIE", Product.UNIT, "2.75", "5.5", List.of("LOCAL"), 30),
                product("3760010", "Pain de campagne", "BOULANGERIE", Product.UNIT, "3.40", "5.5", List.of("LOCAL"), 5),
                product("3760011", "Savon de Marseille", "HYGIENE", Product.UNIT, "2.50", "20", List.of(), 250),
                product("3760012", "Huile de tournesol 1 L", "EPICERIE", Product.UNIT, "2.30", "5.5", List.of(), 500));
        for (Organization org : List.of(hub, croixRousse, guillotiere)) {
            for (Product p : products) {
                stock.move(org.getId(), p.getId(), new BigDecimal(p.isMeasured() ? "50" : "40"), StockMovement.RECEIPT, null);
            }
        }
        // till 0 is the API's; the others are the stores' registers
        for (Organization store : List.of(croixRousse, guillotiere)) {
            dal.save(new Till(store.getId(), "API", 0));
            dal.save(new Till(store.getId(), "Caisse 1", 1));
        }
        dal.save(new Till(croixRousse.getId(), "Caisse 2", 2));
        household("CARTE-0001", 3, croixRousse.getId());
        household("CARTE-0002", 1, croixRousse.getId());
        household("CARTE-0003", 5, guillotiere.getId());
        household("CARTE-0004", 2, guillotiere.getId());
        String hash = Passwords.hash(password);
        user("gerant.croixrousse", Set.of(Role.MANAGER), croixRousse.getId(), hash);
        user("caisse.croixrousse", Set.of(Role.CASHIER), croixRousse.getId(), hash);
        user("gerant.guillotiere", Set.of(Role.MANAGER), guillotiere.getId(), hash);
        user("caisse.guillotiere", Set.of(Role.CASHIER), guillotiere.getId(), hash);
        user("referent.croixrousse", Set.of(Role.REFERRER), croixRousse.getId(), hash);
        user("gerant.pole", Set.of(Role.MANAGER), hub.getId(), hash);
        LOG.info("Réseau de démonstration chargé : utilisateurs gerant.croixrousse, caisse.croixrousse, "
                + "gerant.guillotiere, caisse.guillotiere, referent.croixrousse, gerant.pole ; mot de passe : {}",
                generated ? "« " + password + " » (affiché une seule fois)" : "celui d'admin");
    }

    private Organization store(String name, LegalIdentity identity) {
        Organization store = new Organization(name, Organization.STORE);
        store.setLegalIdentity(identity);
        return dal.save(store);
    }

    private Product product(String sku, String name, String category, String uom, String price, String vat,
            List<String> labels, int km) {
        return dal.save(new Product(sku, name, category, uom, new BigDecimal(price), new BigDecimal(vat), labels, km));
    }

    private void household(String reference, int size, UUID org) {
        dal.save(new Household(reference, size, org));
    }

    private void user(String name, Set<Role> roles, UUID org, String passwordHash) {
        dal.save(new User(name, passwordHash, roles, org));
    }
}
