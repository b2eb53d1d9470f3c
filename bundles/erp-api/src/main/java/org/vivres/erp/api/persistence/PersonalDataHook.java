package org.vivres.erp.api.persistence;

import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle that keeps data about a household takes part in its export and erasure
 * ({@code GET /api/households/{id}/export}, {@code DELETE /api/households/{id}}).
 */
@ConsumerType
public interface PersonalDataHook {

    /** The section name in the export (the bundle's area). */
    String section();

    /** What this bundle keeps about the household, as JSON-serialisable data. */
    Object export(UUID household);

    /** Removes or anonymises it; money ledgers are kept, without personal data. */
    void erase(UUID household);
}
