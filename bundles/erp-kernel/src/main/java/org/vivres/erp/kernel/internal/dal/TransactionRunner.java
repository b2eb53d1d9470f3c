package org.vivres.erp.kernel.internal.dal;

import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpTransactions;
import org.vivres.erp.kernel.internal.db.Persistence;

/**
 * One database transaction around a piece of work, with the context bound. A transaction that
 * failed on a unique key, a serialization failure or a deadlock, or whose work asked for it ({@link RunAgain}), runs
 * again (at most 3 times), its work told so ({@link SessionHolder#retried}).
 */
@Component(service = {ErpTransactions.class, TransactionRunner.class})
public final class TransactionRunner implements ErpTransactions {
    private static final int ATTEMPTS = 3;

    private final Persistence persistence;
    private final SessionHolder sessions;
    private final ContextImpl context;

    @Activate
    public TransactionRunner(@Reference Persistence persistence, @Reference SessionHolder sessions,
            @Reference ContextImpl context) {
        this.persistence = persistence;
        this.sessions = sessions;
        this.context = context;
    }

    /** Joins the current transaction when there is one, else runs as the system in a new one. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return sessions.active() ? work.get() : run(ContextState.system(), work);
    }

    /** Runs {@code work} as {@code state} in a new transaction, retrying transient conflicts. */
    public <T> T run(ContextState state, Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return once(state, work, attempt > 1);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !Failures.retryable(e)) {
                    throw e;
                }
            }
        }
    }

    private <T> T once(ContextState state, Supplier<T> work, boolean again) {
        try (Persistence.Lease lease = persistence.lease(); Session session = lease.factory().openSession()) {
            Transaction tx = session.beginTransaction();
            sessions.bind(session, again);
            context.bind(state);
            try {
                T result = work.get();
                sessions.runBeforeCommit();
                session.flush();
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx);
                throw e;
            } finally {
                sessions.unbind();
                context.unbind();
            }
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException ignored) {
            // The connection may be gone: the database rolls back on its own then.
        }
    }
}
