package org.vivres.erp.kernel.internal.dal;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.kernel.internal.db.Persistence;

/** Tells database failures apart: worth a retry, the database gone, or a conflict. */
public final class Failures {
    private Failures() {
    }

    /** The SQLSTATE in the cause chain, or {@code null}. */
    static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * A unique violation (a concurrent insert of the same key: the retry's own check then sees the
     * winner), a serialization failure, a deadlock, or work asking for it: the whole transaction may simply run again.
     */
    public static boolean retryable(Throwable t) {
        if (t instanceof RunAgain) {
            return true;
        }
        String state = sqlState(t);
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    /** Maps what escaped a transaction to the client's error, or returns {@code null} for a real bug. */
    public static ErpException toClientError(Throwable t) {
        if (t instanceof ErpException e) {
            return e;
        }
        if (t instanceof RunAgain again) {
            return toClientError(again.getCause()); // its runs spent: the failure it stood for
        }
        if (t instanceof Persistence.NotReadyException) {
            return new ErpException(ErrorStatus.SERVICE_UNAVAILABLE, "STARTING", Failures.class);
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof TransactionBrokenException
                    || c instanceof org.hibernate.exception.JDBCConnectionException) {
                return unavailable();
            }
            if (c instanceof org.hibernate.UnknownEntityTypeException
                    || c instanceof org.hibernate.query.sqm.UnknownEntityException) {
                // A bundle's entities arrive with the next session factory, a moment after its endpoints.
                return new ErpException(ErrorStatus.SERVICE_UNAVAILABLE, "STARTING", Failures.class);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return new ErpException(ErrorStatus.CONFLICT, "CONCURRENT_UPDATE", Failures.class);
            }
        }
        String state = sqlState(t);
        if (state == null) {
            return null;
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            return unavailable();
        }
        if (state.startsWith("23")) {
            return new ErpException(ErrorStatus.CONFLICT, "CONFLICT", Failures.class);
        }
        if (state.startsWith("40")) {
            return new ErpException(ErrorStatus.CONFLICT, "CONCURRENT_UPDATE", Failures.class);
        }
        if (state.startsWith("22")) {
            return new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_DATA", Failures.class);
        }
        return null;
    }

    private static ErpException unavailable() {
        return new ErpException(ErrorStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", Failures.class);
    }
}
