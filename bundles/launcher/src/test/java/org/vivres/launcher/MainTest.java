package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MainTest {

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Main.run(List.of(args));
            return new Outcome(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void badCommandLinesExitWithTwoAndExplainInFrench() {
        Outcome noCommand = run();
        Outcome unknownCommand = run("start");
        Outcome badPort = run("run", "--port", "x");

        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.err()).startsWith("Erreur : indiquez une commande").contains("Usage : vivres run");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).startsWith("Erreur : commande inconnue : « start »");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err()).startsWith("Erreur : --port attend un numéro de port");
        assertThat(badPort.out()).isEmpty();
    }

    @Test
    void helpPrintsUsageAndExitsWithZero() {
        Outcome help = run("help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage : vivres run [options]").contains("--shell-port");
        assertThat(run("run", "--help").exitCode()).isZero();
    }
}
