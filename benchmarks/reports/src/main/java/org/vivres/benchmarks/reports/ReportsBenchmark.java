package org.vivres.benchmarks.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vivres.erp.api.report.ReportData;
import org.vivres.reports.internal.engine.JasperEngine;

/**
 * Times the reports engine on the two loads that matter: a month's member statements of a large caisse
 * printed as one PDF (1 000 statements of 4 to 14 ledger entries), and one very large report (the
 * funders' list with 20 000 rows) whose pages must go to the swap file instead of the heap. Run it in a
 * JVM with a small heap ({@code -Xmx256m}, see the pom) to check that memory stays bounded.
 */
public final class ReportsBenchmark {
    private static final int MEASURED_RUNS = 3;

    private ReportsBenchmark() {
    }

    public static void main(String[] args) {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int largeRows = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        JasperEngine engine = new JasperEngine(ReportsBenchmark.class.getClassLoader(), "Réseau Vivres",
                ZoneId.of("Europe/Paris"));
        System.out.printf("JVM %s, max heap %d MB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());

        List<ReportData> month = statements(statements);
        int entries = month.stream().mapToInt(d -> d.rows().size()).sum();
        String label = statements + " member statements (" + entries + " entries) as one PDF";
        run(label + ", cold JVM", () -> engine.pdf("caisse-member-statement", month));
        for (int i = 1; i <= MEASURED_RUNS; i++) {
            run(label + ", run " + i, () -> engine.pdf("caisse-member-statement", month));
        }
        ReportData funders = funders(largeRows);
        for (int i = 1; i <= 2; i++) {
            run("funders report, " + largeRows + " rows, run " + i, () -> engine.pdf("funders", List.of(funders)));
        }
    }

    private static void run(String label, Supplier<byte[]> work) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        byte[] pdf = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-75s %6d ms  %5d pages  %6d KB PDF  peak heap %4d MB%n", label, millis, pages(pdf),
                pdf.length / 1024, peak / (1024 * 1024));
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }

    /** A month of a caisse: contribution, allowance, then purchases in conventioned stores. */
    static List<ReportData> statements(int count) {
        Random random = new Random(42);
        YearMonth month = YearMonth.of(2026, 11);
        List<ReportData> documents = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            BigDecimal opening = BigDecimal.valueOf(random.nextInt(8000), 2);
            BigDecimal balance = opening;
            List<Map<String, Object>> rows = new ArrayList<>();
            balance = entry(rows, month.atDay(1), "Cotisation mensuelle", BigDecimal.ZERO, balance);
            balance = entry(rows, month.atDay(1), "Allocation mensuelle", new BigDecimal("100.00"), balance);
            int purchases = 2 + random.nextInt(11);
            for (int p = 0; p < purchases && balance.signum() > 0; p++) {
                BigDecimal spent = BigDecimal.valueOf(100 + random.nextInt(2500), 2).min(balance);
                balance = entry(rows, month.atDay(2 + p * 2), "Achat — Épicerie solidaire n° " + (1 + random.nextInt(40)),
                        spent.negate(), balance);
            }
            Map<String, Object> header = Map.of("memberId", UUID.randomUUID().toString(),
                    "household", "CARTE-" + (100000 + m), "month", month, "opening", opening, "closing", balance);
            documents.add(new ReportData(header, List.of("date", "label", "amount", "balance"), rows));
        }
        return documents;
    }

    private static BigDecimal entry(List<Map<String, Object>> rows, LocalDate date, String label, BigDecimal amount,
            BigDecimal balance) {
        BigDecimal after = balance.add(amount);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", date);
        row.put("label", label);
        row.put("amount", amount);
        row.put("balance", after);
        rows.add(row);
        return after;
    }

    static ReportData funders(int rows) {
        Random random = new Random(7);
        String[] kinds = {"PUBLIC", "PRIVATE", "CITIZEN"};
        List<Map<String, Object>> detail = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            detail.add(Map.of("fund", "Caisse alimentaire n° " + (1 + i / 50), "funder", "Financeur « " + i + " »",
                    "kind", kinds[random.nextInt(3)], "status", random.nextBoolean() ? "SECURED" : "PENDING",
                    "amount", BigDecimal.valueOf(random.nextInt(5_000_000), 2)));
        }
        return new ReportData(Map.of("from", "2026-01-01", "to", "2026-12-31", "secured", "1234567.89",
                "pending", "98765.43"), List.of("fund", "funder", "kind", "status", "amount"), detail);
    }
}
