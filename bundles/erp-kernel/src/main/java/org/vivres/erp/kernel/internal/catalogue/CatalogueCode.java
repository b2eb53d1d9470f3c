package org.vivres.erp.kernel.internal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;
import org.vivres.erp.api.model.ErpEntity;

/** An entry of a managed list of the network catalogue: a code kept on products, and its name in French and English. */
@MappedSuperclass
public abstract class CatalogueCode extends ErpEntity {
    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    protected CatalogueCode() {
    }

    protected CatalogueCode(String code, String name, String nameEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    /** The name people read: English when asked and known, else French. */
    public String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
