package org.vivres.erp.api;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in its own database transaction outside an HTTP request: Gogo commands, schedulers,
 * start-up data. HTTP handlers never need it: each request already has one.
 */
@ProviderType
public interface ErpTransactions {

    /** Runs {@code work} as the system (admin) in a new transaction, committed when it returns. */
    <T> T inTransaction(Supplier<T> work);
}
