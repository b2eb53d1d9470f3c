package org.vivres.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CPU time spent by this JVM (Vivres and the load generator) and by the PostgreSQL server (the postmaster, its live
 * backends and the backends that have exited), read from the OS — so that the cost of a checkout is measured in CPU
 * seconds, whatever else runs on a shared machine.
 */
public final class CpuMeter {
    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux

    private final Path postmasterPid;

    /** @param postgresDataDir the data directory whose {@code postmaster.pid} names the server */
    public CpuMeter(Path postgresDataDir) {
        this.postmasterPid = postgresDataDir.resolve("postmaster.pid");
    }

    /** CPU nanoseconds so far. */
    public record Sample(long jvmNanos, long postgresNanos) {
        public Sample minus(Sample earlier) {
            return new Sample(jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos);
        }
    }

    public Sample sample() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Sample(jvm, postgres());
    }

    private long postgres() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
            if (postmaster.isEmpty()) {
                return 0;
            }
            // the postmaster's own time and its waited-for children's (exited backends), then the live ones
            long ticks = ticks(pid, true);
            for (ProcessHandle child : postmaster.get().children().toList()) {
                ticks += ticks(child.pid(), false);
            }
            return (long) (ticks * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticks(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            List<String> f = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            long t = Long.parseLong(f.get(11)) + Long.parseLong(f.get(12)); // utime, stime
            if (withChildren) {
                t += Long.parseLong(f.get(13)) + Long.parseLong(f.get(14)); // cutime, cstime
            }
            return t;
        } catch (IOException | RuntimeException e) {
            return 0; // exited meanwhile
        }
    }
}
