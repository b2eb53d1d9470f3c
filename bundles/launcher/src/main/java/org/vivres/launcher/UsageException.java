package org.vivres.launcher;

/** A command line that cannot be run; the message, in French, tells the user what to change. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
