package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

    @TempDir
    Path pgData;

    private void writePidFile(long pid) throws IOException {
        // the layout postgres writes: pid, data directory, start time, port, socket dir, listen address, ...
        Files.writeString(pgData.resolve("postmaster.pid"),
                pid + "\n" + pgData + "\n1700000000\n54329\n/tmp\nlocalhost\n  54329001         0\nready   \n");
    }

    @Test
    void noPidFileMeansNothingToStop() {
        assertThat(StalePostmaster.readPid(pgData)).isEmpty();
        assertThat(StalePostmaster.liveProcess(pgData)).isEmpty();
    }

    @Test
    void unreadablePidFileIsIgnored() throws IOException {
        Files.writeString(pgData.resolve("postmaster.pid"), "not a pid\n");

        assertThat(StalePostmaster.readPid(pgData)).isEmpty();
        assertThat(StalePostmaster.liveProcess(pgData)).isEmpty();
    }

    @Test
    void deadPidIsNotALeftover() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        writePidFile(finished.pid());

        assertThat(StalePostmaster.readPid(pgData)).hasValue(finished.pid());
        assertThat(StalePostmaster.liveProcess(pgData)).isEmpty();
    }

    @Test
    void livePidIsFoundAndStopped() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            writePidFile(sleeper.pid());

            assertThat(StalePostmaster.liveProcess(pgData)).map(ProcessHandle::pid).hasValue(sleeper.pid());
            assertThat(StalePostmaster.isPostgres(sleeper.toHandle())).isFalse();
            assertThat(StalePostmaster.stop(sleeper.toHandle(), Duration.ofSeconds(30))).isTrue();
            assertThat(sleeper.isAlive()).isFalse();
            assertThat(StalePostmaster.liveProcess(pgData)).isEmpty();
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
