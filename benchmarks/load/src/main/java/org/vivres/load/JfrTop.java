package org.vivres.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hot frames of a JFR recording's {@code jdk.ExecutionSample} events of the server's threads (the tills of the
 * load generator, threads {@code till-*}, are left out): the top (self) frames, the share of samples by the library
 * of the top frame, and the Vivres methods most often on the stack (inclusive). Run on its own:
 * {@code java -cp ... org.vivres.load.JfrTop recording.jfr}.
 */
public final class JfrTop {
    /** Counts over the server's samples. */
    public record Profile(long samples, long generatorSamples, Map<String, Long> self, Map<String, Long> byLibrary,
                          Map<String, Long> vivresInclusive) {
    }

    private static final List<String[]> LIBRARIES = List.of(
            new String[] {"org.hibernate.", "Hibernate"}, new String[] {"org.postgresql.", "PostgreSQL JDBC"},
            new String[] {"com.zaxxer.", "HikariCP"}, new String[] {"com.fasterxml.jackson.", "Jackson"},
            new String[] {"org.eclipse.jetty.", "Jetty"}, new String[] {"org.vivres.", "Vivres"},
            new String[] {"at.favre.", "bcrypt"}, new String[] {"org.apache.felix.", "Felix"},
            new String[] {"java.", "JDK"}, new String[] {"javax.", "JDK"}, new String[] {"jdk.", "JDK"},
            new String[] {"sun.", "JDK"});

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        print(read(Path.of(args[0])), 25);
    }

    public static Profile read(Path recording) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> byLibrary = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        long samples = 0;
        long generator = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (thread != null && thread.startsWith("till-") || frames.isEmpty()) {
                generator++;
                continue;
            }
            samples++;
            String top = name(frames.get(0));
            self.merge(top, 1L, Long::sum);
            byLibrary.merge(library(top), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("org.vivres.") && seen.add(n)) {
                    inclusive.merge(n, 1L, Long::sum);
                }
            }
        }
        return new Profile(samples, generator, sorted(self), sorted(byLibrary), sorted(inclusive));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String library(String frame) {
        for (String[] lib : LIBRARIES) {
            if (frame.startsWith(lib[0])) {
                return lib[1];
            }
        }
        return "other";
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Markdown lists of the top {@code n} of each count. */
    public static String format(Profile p, int n) {
        StringBuilder s = new StringBuilder();
        s.append("Server samples: ").append(p.samples()).append(" (load generator's left out: ")
                .append(p.generatorSamples()).append(")\n\n");
        s.append("| top frame library | share |\n|---|---|\n");
        p.byLibrary().forEach((k, v) -> s.append("| ").append(k).append(" | ").append(percent(v, p.samples()))
                .append(" |\n"));
        s.append("\n| top (self) frame | share |\n|---|---|\n");
        p.self().entrySet().stream().limit(n).forEach(e -> s.append("| `").append(e.getKey()).append("` | ")
                .append(percent(e.getValue(), p.samples())).append(" |\n"));
        s.append("\n| Vivres method on the stack (inclusive) | share |\n|---|---|\n");
        p.vivresInclusive().entrySet().stream().limit(n).forEach(e -> s.append("| `").append(e.getKey())
                .append("` | ").append(percent(e.getValue(), p.samples())).append(" |\n"));
        return s.toString();
    }

    private static void print(Profile p, int n) {
        System.out.println(format(p, n));
    }

    private static String percent(long v, long total) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", total == 0 ? 0 : 100.0 * v / total);
    }
}
