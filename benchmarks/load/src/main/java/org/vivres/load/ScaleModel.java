package org.vivres.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many cores a peak needs, from a measured CPU cost per request: each core is a server of an M/M/c queue (Erlang
 * C) whose service time is that cost; the answer is the smallest number of cores that keeps them at most
 * {@code --max-utilisation} busy with a 99th-percentile queueing wait under {@code --max-wait-ms}. A model, not a
 * measure: it leaves out lock waits, network hops and a distributed database's own overhead, which the margin covers.
 * <pre>
 *   java -cp ... org.vivres.load.ScaleModel --peak 3000 --cpu-ms 12.5 [--max-utilisation 0.6] [--max-wait-ms 20]
 * </pre>
 */
public final class ScaleModel {

    private ScaleModel() {
    }

    /** The cores a peak needs, their utilisation and the queueing wait at the 99th percentile. */
    public record Sizing(int cores, double utilisation, double p99WaitMillis) {
    }

    public static void main(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        double peak = Double.parseDouble(o.getOrDefault("peak", "3000"));
        double cpuMs = Double.parseDouble(o.getOrDefault("cpu-ms", "10"));
        double maxUtilisation = Double.parseDouble(o.getOrDefault("max-utilisation", "0.6"));
        double maxWaitMs = Double.parseDouble(o.getOrDefault("max-wait-ms", "20"));
        Sizing s = size(peak, cpuMs, maxUtilisation, maxWaitMs);
        System.out.printf(Locale.ROOT, "%.0f requests/s at %.2f CPU ms each: %d cores, %.0f %% busy, p99 wait %.2f ms%n",
                peak, cpuMs, s.cores(), 100 * s.utilisation(), s.p99WaitMillis());
    }

    public static Sizing size(double peakPerSecond, double cpuMillis, double maxUtilisation, double maxWaitMillis) {
        double mu = 1000 / cpuMillis;          // requests a core serves per second
        double offered = peakPerSecond / mu;   // Erlang: cores kept busy on average
        for (int c = Math.max(1, (int) Math.ceil(offered)); ; c++) {
            double rho = offered / c;
            if (rho >= 1 || rho > maxUtilisation) {
                continue;
            }
            double wait = p99WaitMillis(c, offered, mu, peakPerSecond);
            if (wait <= maxWaitMillis) {
                return new Sizing(c, rho, wait);
            }
        }
    }

    /** The 99th percentile of the wait in queue of an M/M/c queue, 0 when fewer than 1 % wait at all. */
    static double p99WaitMillis(int c, double offered, double mu, double lambda) {
        double b = 1; // Erlang B, by recurrence (no factorials: stable for thousands of servers)
        for (int k = 1; k <= c; k++) {
            b = offered * b / (k + offered * b);
        }
        double pWait = c * b / (c - offered * (1 - b)); // Erlang C
        if (pWait <= 0.01) {
            return 0;
        }
        // P(W > t) = pWait · exp(-(cμ - λ) t)
        return 1000 * Math.log(pWait / 0.01) / (c * mu - lambda);
    }
}
