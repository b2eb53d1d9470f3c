package org.vivres.erp.api.persistence;

import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.model.ErpEntity;

/**
 * Observes saves and removals of one entity type through the {@code Dal}, inside the same
 * transaction (Openbravo's EntityPersistenceEventObserver). Throwing refuses the change.
 */
@ConsumerType
public interface EntityListener<T extends ErpEntity> {

    /** The observed type (subtypes included). */
    Class<T> entityType();

    /** Before the entity is inserted or updated. */
    default void onSave(T entity) {
    }

    /** Before the entity is removed. */
    default void onRemove(T entity) {
    }
}
