package org.vivres.test.hotdeploy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.vivres.erp.api.model.ErpEntity;

/** A note: the smallest entity a hot-deployed bundle can bring. */
@Entity
@Table(name = "hotdeploy_note")
public class Note extends ErpEntity {
    @Column(name = "text", nullable = false)
    private String text;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
