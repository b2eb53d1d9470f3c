package org.vivres.erp.kernel.internal.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product category (« Épicerie », code EPICERIE): what tiers' category percents and caisse criteria name. */
@Entity
@Table(name = "erp_category")
public class Category extends CatalogueCode {
    protected Category() {
    }

    public Category(String code, String name, String nameEn) {
        super(code, name, nameEn);
    }
}
