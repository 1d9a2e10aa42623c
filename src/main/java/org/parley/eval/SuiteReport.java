package org.parley.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of one suite run: records exactly right per kind, event precision, recall and F1, results per
 * category, event-date accuracy where the suite gives dates, every failure, and the suite's control commands that
 * were applied and those Parley does not support.
 */
public record SuiteReport(String suite, List<SuiteResult> results, long truePositives, long falsePositives,
                          long falseNegatives, long datesRight, long datesChecked, List<String> optionsApplied,
                          List<String> optionsUnsupported) {
    public SuiteReport {
        results = List.copyOf(results);
        optionsApplied = List.copyOf(optionsApplied);
        optionsUnsupported = List.copyOf(optionsUnsupported);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long count(SuiteRecord.Kind kind) {
        return results.stream().filter(r -> r.kind() == kind && r.scored()).count();
    }

    public long right(SuiteRecord.Kind kind) {
        return results.stream().filter(r -> r.kind() == kind && r.scored() && r.right()).count();
    }

    /** Share of scored records of this kind exactly right, 0..1. */
    public double rate(SuiteRecord.Kind kind) {
        long n = count(kind);
        return n == 0 ? 0 : (double) right(kind) / n;
    }

    public void print(PrintWriter out, boolean failures) {
        out.printf("suite %s: %d records%n", suite, results.size());
        for (SuiteRecord.Kind k : SuiteRecord.Kind.values()) {
            long n = count(k);
            if (n > 0) {
                out.printf("  %-16s %4d/%-4d right (%.1f%%)%n", k.name().toLowerCase(java.util.Locale.ROOT), right(k), n,
                        100 * rate(k));
            }
        }
        long unscored = results.stream().filter(r -> !r.scored()).count();
        out.printf("  not scored       %4d (control records, unchecked records, inapplicable errors)%n", unscored);
        out.printf("events: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
        if (datesChecked > 0) {
            out.printf("event dates: %d/%d right%n", datesRight, datesChecked);
        }
        out.println("by category (scored records right/total):");
        Map<String, long[]> cats = new TreeMap<>();
        for (SuiteResult r : results) {
            if (r.scored()) {
                long[] c = cats.computeIfAbsent(r.category(), k -> new long[2]);
                c[1]++;
                if (r.right()) {
                    c[0]++;
                }
            }
        }
        cats.forEach((cat, c) -> out.printf("  %-12s %4d/%d%n", cat.isEmpty() ? "(none)" : cat, c[0], c[1]));
        if (!optionsApplied.isEmpty()) {
            out.println("suite options applied: " + optionsApplied);
        }
        if (!optionsUnsupported.isEmpty()) {
            out.println("suite options not supported (coded with Parley's own setting): " + optionsUnsupported);
        }
        if (failures) {
            out.println("failures:");
            for (SuiteResult r : results) {
                if (r.scored() && !r.right()) {
                    out.printf("  %-14s %-10s expected %s  produced %s%s%n", r.id(),
                            r.kind().name().toLowerCase(java.util.Locale.ROOT), r.expected(), r.produced(),
                            r.note().isEmpty() ? "" : "  (" + r.note() + ")");
                }
            }
        }
    }
}
