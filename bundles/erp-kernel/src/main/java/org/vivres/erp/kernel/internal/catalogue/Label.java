package org.vivres.erp.kernel.internal.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product label (« Bio », code ORGANIC): what caisse criteria name. */
@Entity
@Table(name = "erp_label")
public class Label extends CatalogueCode {
    protected Label() {
    }

    public Label(String code, String name, String nameEn) {
        super(code, name, nameEn);
    }
}
