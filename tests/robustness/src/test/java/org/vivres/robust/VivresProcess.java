package org.vivres.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Vivres as {@code ./vivres run} starts it, in a child process:
 * {@code java -cp <dist>/lib/* org.vivres.launcher.Main run --dist <dist> --data <dir> --port p --pg-port q
 * --shell-port 0}, with {@code VIVRES_ADMIN_PASSWORD} in its environment; its output is appended to
 * {@code <data>/vivres.out}. The distribution is the launcher's core plus the bundles under test.
 */
final class VivresProcess {
    static final String ADMIN_PASSWORD = "crash-admin-" + Long.toHexString(System.nanoTime());
    private static final Duration READY = Duration.ofSeconds(180);

    private final Process process;
    private final int port;
    private final Path data;
    private final int pgPort;

    private VivresProcess(Process process, int port, Path data, int pgPort) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.pgPort = pgPort;
    }

    /** {@code target/crash-dist}: the core distribution of the system property {@code vivres.dist} plus {@code vivres.bundles}. */
    static Path distribution() throws IOException {
        Path core = Path.of(System.getProperty("vivres.dist"));
        Path dist = Path.of("target", "crash-dist").toAbsolutePath();
        if (Files.exists(dist)) {
            try (Stream<Path> old = Files.walk(dist)) {
                old.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(core)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = dist.resolve(core.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String jar : System.getProperty("vivres.bundles", "").split(java.io.File.pathSeparator)) {
            if (!jar.isBlank()) {
                Files.copy(Path.of(jar), dist.resolve("bundles").resolve(Path.of(jar).getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dist;
    }

    /** Starts it and waits for its "Vivres ready" line. */
    static VivresProcess start(Path dist, Path data, int port, int pgPort) throws IOException, InterruptedException {
        return start(dist, data, port, pgPort, List.of());
    }

    /** The same with more options of {@code run}, e.g. {@code --backup-dir DIR}. */
    static VivresProcess start(Path dist, Path data, int port, int pgPort, List<String> more)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        Path out = data.resolve("vivres.out");
        long offset = Files.exists(out) ? Files.size(out) : 0;
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", dist.resolve("lib") + "/*",
                "org.vivres.launcher.Main", "run", "--dist", dist.toString(), "--data", data.toString(),
                "--port", Integer.toString(port), "--pg-port", Integer.toString(pgPort), "--shell-port", "0"));
        command.addAll(more);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        builder.environment().put("VIVRES_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            String log = tail(out, offset);
            if (log.contains("Vivres ready on")) {
                return new VivresProcess(process, port, data, pgPort);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Vivres stopped during start-up:\n" + log);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Vivres not ready within " + READY + ":\n" + tail(out, offset));
    }

    /**
     * {@code java -cp <dist>/lib/* org.vivres.launcher.Main <args>} as {@code ./vivres backup|restore} runs it: its exit
     * code and its output (stdout and stderr together).
     */
    static Result command(Path dist, List<String> args, Duration timeout) throws IOException, InterruptedException {
        return command(dist, args, java.util.Map.of(), timeout);
    }

    /** The same with these variables added to its environment (e.g. {@code VIVRES_DB_PASSWORD}). */
    static Result command(Path dist, List<String> args, java.util.Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", dist.resolve("lib") + "/*",
                "org.vivres.launcher.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes(); // until it exits and closes its output
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + timeout + ": " + args);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** What a command said. */
    record Result(int exitCode, String output) {
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /**
     * A JDBC look at its embedded database, with the superuser's password from {@code <data>/etc/database.password}
     * as an admin would use it (the database refuses whoever lacks it).
     */
    Db db() throws IOException, SQLException {
        String password = Files.readString(data.resolve("etc").resolve("database.password")).strip();
        return new Db("jdbc:postgresql://127.0.0.1:" + pgPort + "/vivres", "postgres", password);
    }

    /** {@code kill -9} of the JVM alone: its PostgreSQL keeps running until the next start stops it. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill -9} of the JVM and its PostgreSQL at once, as when the whole process group is killed. */
    void killAll() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).join();
        }
    }

    /** SIGTERM: a clean stop (Felix, then PostgreSQL). */
    void stop() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static String tail(Path out, long offset) throws IOException {
        if (!Files.exists(out)) {
            return "";
        }
        byte[] all = Files.readAllBytes(out);
        return new String(Arrays.copyOfRange(all, (int) Math.min(offset, all.length), all.length), StandardCharsets.UTF_8);
    }
}
