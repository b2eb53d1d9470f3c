package org.vivres.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The postmaster that a previous launch left behind. pg_ctl detaches PostgreSQL from the JVM, so a {@code kill -9}
 * of the JVM alone leaves it running on the data directory, and the next start would fail on its lock file.
 */
final class StalePostmaster {

    static final String PID_FILE = "postmaster.pid";

    private StalePostmaster() {
    }

    /** The PID on the first line of {@code postmaster.pid}; empty when there is no such file or it is unreadable. */
    static OptionalLong readPid(Path pgDataDir) {
        try {
            List<String> lines = Files.readAllLines(pgDataDir.resolve(PID_FILE));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The live process that {@code postmaster.pid} names, whatever it is (the PID may have been reused). */
    static Optional<ProcessHandle> liveProcess(Path pgDataDir) {
        OptionalLong pid = readPid(pgDataDir);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
    }

    static boolean isPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
    }

    /**
     * Asks the process for PostgreSQL's "fast" shutdown (SIGINT: roll back open transactions, checkpoint, exit)
     * and waits for it to exit.
     *
     * @return true once the process has exited, false if it is still alive after {@code timeout}
     */
    static boolean stop(ProcessHandle process, Duration timeout) throws InterruptedException {
        sendSigint(process);
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static void sendSigint(ProcessHandle process) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill(1) on this machine: fall back to SIGTERM, PostgreSQL's slower "smart" shutdown
        }
        process.destroy();
    }
}
