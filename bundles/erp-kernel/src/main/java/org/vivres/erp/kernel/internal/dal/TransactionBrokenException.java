package org.vivres.erp.kernel.internal.dal;

/** The transaction can no longer read: an earlier JDBC failure (a lost connection, typically) doomed it. */
final class TransactionBrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransactionBrokenException() {
        super("the transaction was marked rollback-only by a database failure");
    }
}
