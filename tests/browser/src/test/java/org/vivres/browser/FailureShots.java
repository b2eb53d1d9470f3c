package org.vivres.browser;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * On a failed test, before any {@code @AfterEach} closes the browser: a screenshot named after the
 * test, and the browser's console printed to the test output.
 */
final class FailureShots implements TestExecutionExceptionHandler {
    private final Supplier<Browser> browser;

    FailureShots(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        Browser b = browser.get();
        if (b != null) {
            try {
                b.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getDisplayName().replaceAll("\\W+", ""));
                b.printConsole();
            } catch (RuntimeException e) {
                System.err.println("No screenshot of the failure: " + e);
            }
        }
        throw cause;
    }
}
