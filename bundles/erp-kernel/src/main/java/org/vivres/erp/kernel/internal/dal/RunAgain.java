package org.vivres.erp.kernel.internal.dal;

/**
 * Thrown by a transaction's work that must be rolled back and run again from the start (see
 * {@link TransactionRunner}), its second run knowing it is one ({@link SessionHolder#retried}): what the first run
 * learnt too late to answer in the same transaction, the second answers from its beginning.
 */
public final class RunAgain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunAgain(Throwable cause) {
        super(cause);
    }
}
