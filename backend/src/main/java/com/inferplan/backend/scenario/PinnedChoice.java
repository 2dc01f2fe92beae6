package com.inferplan.backend.scenario;

import com.inferplan.backend.pricing.BasisSpec;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.param.Parameter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A cost choice priced at the terms its scenario carries. Sources and wording still come from today's
 * catalog (they cite, they do not count); where today's template or price differs, the note names
 * each changed input with both values, so a reader knows why the link and a fresh choice disagree.
 */
final class PinnedChoice {

    /** Marks a basis label whose terms are the scenario's own, not today's. */
    static final String MARK = ", terms from the link";

    private PinnedChoice() {
    }

    static PricedChoice of(CostChoice choice, HourlyBasis basis, BasisSpec pinned, Optional<PricedChoice> today) {
        String label = today.map(PricedChoice::label).orElse(choice.kind() == CostChoice.Kind.DEAL
                ? "deal " + choice.dealId() : basis.kind() + " (catalog default)");
        String note = today.map(PricedChoice::note).orElse("");
        List<String> changes = today.map(t -> changes(basis, pinned, t)).orElse(List.of("the catalog no longer has "
                + "this " + (choice.kind() == CostChoice.Kind.DEAL ? "deal template" : "default price")));
        String changed = null;
        if (!changes.isEmpty()) {
            label = label + MARK;
            changed = "Priced at the terms this scenario carries, which differ from today's catalog: "
                    + String.join("; ", changes) + ". Choose the cost again to use today's terms.";
            note = (note + " " + changed).trim();
        }
        return new PricedChoice(label, basis, pinned.uncertainty(), pinned.provenance(),
                today.map(PricedChoice::sources).orElse(List.of()), note, changed);
    }

    /** "18,750,000,000", "0.854": every digit the terms hold, since a reader compares them with a contract. */
    static String plain(double value) {
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** Each parameter whose value or spread differs, as "name 12,000,000,000 (today 10,000,000,000)". */
    private static List<String> changes(HourlyBasis basis, BasisSpec pinned, PricedChoice today) {
        Map<String, Double> now = values(today.basis());
        List<String> changes = new ArrayList<>();
        for (Parameter p : basis.parameters()) {
            Double current = now.get(p.name());
            if (current == null || current != p.value()) {
                changes.add(p.name() + " " + plain(p.value()) + (current == null ? " (not a term today)"
                        : " (today " + plain(current) + ")"));
            }
        }
        if (changes.isEmpty() && !basis.equals(today.basis())) {
            changes.add("the terms' structure (" + basis.kind() + ")");
        }
        List<String> spreads = union(pinned.uncertainty().keySet(), today.uncertainty().keySet())
                .stream().filter(n -> !Objects.equals(pinned.uncertainty().get(n), today.uncertainty().get(n))).toList();
        if (!spreads.isEmpty()) {
            changes.add("the range of " + String.join(", ", spreads));
        }
        return changes;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Double> values(HourlyBasis basis) {
        return basis.parameters().stream().collect(Collectors.toMap(Parameter::name, Parameter::value, (a, b) -> a));
    }
}
