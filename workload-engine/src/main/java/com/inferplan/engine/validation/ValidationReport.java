package com.inferplan.engine.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The validation report (docs/validation.md), generated from {@link Validator} results, never typed:
 * per measurement set its summary line and coverage, then the median absolute and signed error per
 * metric, load kind, hardware and serving stack, with the rows that informed a parameter reported
 * apart from those that informed none.
 */
public final class ValidationReport {

    /** One set's results and which of its rows informed a parameter. */
    public record ScoredSet(String name, String source, List<RowPrediction> results, Predicate<Measurement> informing) {
    }

    private record Group(String part, String metric, String load, String hardware, String stack) {
    }

    private static final Comparator<Group> ORDER = Comparator.comparing(Group::part).thenComparing(Group::metric)
            .thenComparing(Group::load).thenComparing(Group::hardware).thenComparing(Group::stack);

    private ValidationReport() {
    }

    public static String markdown(String preamble, List<ScoredSet> sets) {
        StringBuilder md = new StringBuilder(preamble);
        for (ScoredSet set : sets) {
            ValidationSummary all = ValidationSummary.of(set.results());
            md.append("\n## ").append(set.name()).append("\n\n").append(set.source()).append("\n\n```\n")
                    .append(all.line()).append("\n```\n\n");
            md.append(String.format(Locale.ROOT, "Coverage: %d of %d rows predicted (%.1f%%).%n%n", all.predicted(),
                    all.rows(), all.rows() == 0 ? 0 : 100.0 * all.predicted() / all.rows()));
            md.append("| rows | metric | load | hardware | stack | n | median abs % | median signed % |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            groups(set).forEach((g, errors) -> md.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %d | %.1f | %+.1f |%n", g.part(), g.metric(), g.load(), g.hardware(),
                    g.stack(), errors.length, median(abs(errors)), median(errors))));
        }
        return md.toString();
    }

    /** Per part (held out / informing) and metric: all rows, then by load, hardware and stack. */
    private static Map<Group, double[]> groups(ScoredSet set) {
        Map<Group, List<Double>> lists = new TreeMap<>(ORDER);
        for (RowPrediction r : set.results()) {
            if (!r.supported()) {
                continue;
            }
            Measurement m = r.row();
            String part = set.informing().test(m) ? "informing" : "held out";
            String metric = m.get("metric");
            String load = m.get("load") + ("disagg".equals(m.get("mode")) ? " disagg" : "");
            String stack = m.get("framework") == null ? "default" : m.get("framework");
            for (Group g : List.of(new Group(part, metric, "all", "all", "all"),
                    new Group(part, metric, load, m.get("hardware"), "all"),
                    new Group(part, metric, load, m.get("hardware"), stack))) {
                lists.computeIfAbsent(g, k -> new ArrayList<>()).add(r.errorPct());
            }
        }
        Map<Group, double[]> arrays = new TreeMap<>(ORDER);
        lists.forEach((g, l) -> {
            boolean duplicateOfParent = !g.stack().equals("all") && lists.get(new Group(g.part(), g.metric(), g.load(),
                    g.hardware(), "all")).size() == l.size();
            if (!duplicateOfParent) {
                arrays.put(g, l.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });
        return arrays;
    }

    /** Rows whose {@code informs} column names a parameter, or whose id the efficiency file's informedBy names. */
    public static Predicate<Measurement> informsColumn() {
        Set<String> named = InformedRows.ofEfficiencyFile();
        return m -> m.get("informs") != null || named.contains(m.get("id"));
    }

    /** Rows matching any (column, value) selector, for files that cannot carry an {@code informs} column. */
    public static Predicate<Measurement> selectors(List<Measurement> selectorRows) {
        List<String[]> pairs = selectorRows.stream().map(s -> new String[] {s.require("column"), s.require("value")})
                .toList();
        return m -> pairs.stream().anyMatch(p -> p[1].equals(m.get(p[0])));
    }

    private static double[] abs(double[] values) {
        return Arrays.stream(values).map(Math::abs).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ValidationSummary.percentile(sorted, 0.5);
    }
}
