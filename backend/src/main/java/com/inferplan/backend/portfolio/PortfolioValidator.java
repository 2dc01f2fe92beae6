package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.Candidate;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks a whole portfolio at once and reports every problem with its field path ({@code pools[2].maxUnits}),
 * the value and why. Each tier's workload and each pool's hardware and cost are checked by the explorer's
 * own rules (one validator, not two), run on the tier-on-pool scenario and reported under the portfolio's paths.
 */
final class PortfolioValidator {

    static final int MAX_TIERS = 12;
    static final int MAX_POOLS = 30;
    static final int MAX_UNITS = 1_000_000;
    static final int MAX_UNIT_CHIPS = 10_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Consumer<Scenario> scenarioRules;
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    /** @param scenarioRules the explorer's validation of a one-candidate scenario */
    PortfolioValidator(Consumer<Scenario> scenarioRules) {
        this.scenarioRules = scenarioRules;
    }

    void validate(Portfolio p) {
        if (p == null) {
            throw new InvalidInputException("portfolio", null, "give tiers and pools");
        }
        check(!p.tiers().isEmpty() && p.tiers().size() <= MAX_TIERS, "tiers", p.tiers().size(),
                "give between 1 and " + MAX_TIERS + " tiers");
        check(!p.pools().isEmpty() && p.pools().size() <= MAX_POOLS, "pools", p.pools().size(),
                "give between 1 and " + MAX_POOLS + " pools");
        month("planMonth", p.planMonth());
        Set<String> tierIds = ids("tiers", p.tiers().stream().map(t -> t == null ? null : t.id()).toList());
        ids("pools", p.pools().stream().map(x -> x == null ? null : x.id()).toList());
        for (int i = 0; i < p.tiers().size(); i++) {
            tier("tiers[" + i + "]", p.tiers().get(i));
        }
        for (int j = 0; j < p.pools().size(); j++) {
            pool("pools[" + j + "]", p.pools().get(j), tierIds);
        }
        new ConstraintRules(this::check).check(p.constraints());
        explorerRules(p);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems.values()));
        }
    }

    private void tier(String at, PortfolioTier t) {
        if (!check(t != null, at, null, "is empty")) {
            return;
        }
        check(t.model() != null && !t.model().isBlank(), at + ".model", t.model(), "name the model this tier serves");
        check(t.demand() != null && t.demand().unit() != null, at + ".demand", t.demand(), "give a demand and its unit");
        check(t.lengths() != null, at + ".lengths", null, "give prompt and answer lengths");
        check(t.slo() != null, at + ".slo", null, "give TTFT and TPOT limits");
        List<Double> profile = t.hourlyProfile();
        if (!profile.isEmpty() && check(profile.size() == 24, at + ".hourlyProfile", profile.size(),
                "give 24 hourly values (hour 0 to 23) or none")) {
            check(profile.stream().allMatch(v -> v != null && v >= 0 && v <= 1e6)
                            && profile.stream().mapToDouble(Double::doubleValue).sum() > 0,
                    at + ".hourlyProfile", profile, "values must be between 0 and 1,000,000, not all 0");
        }
    }

    private void pool(String at, PortfolioPool x, Set<String> tierIds) {
        if (!check(x != null, at, null, "is empty")) {
            return;
        }
        check(x.hardware() != null && !x.hardware().isBlank(), at + ".hardware", x.hardware(), "name the hardware");
        int min = x.minUnits() == null ? 0 : x.minUnits();
        check(min >= 0 && min <= MAX_UNITS, at + ".minUnits", x.minUnits(), "must be between 0 and " + MAX_UNITS);
        if (x.maxUnits() != null) {
            check(x.maxUnits() >= Math.max(min, 0) && x.maxUnits() <= MAX_UNITS, at + ".maxUnits", x.maxUnits(),
                    "must be at least minUnits (" + min + ") and at most " + MAX_UNITS);
        }
        if (x.unitChips() != null) {
            check(x.unitChips() >= 1 && x.unitChips() <= MAX_UNIT_CHIPS, at + ".unitChips", x.unitChips(),
                    "must be between 1 and " + MAX_UNIT_CHIPS);
        }
        if (x.committedUnits() != null && x.committedUnits() != 0) {
            check(x.cost().kind() == CostChoice.Kind.DEAL, at + ".committedUnits", x.committedUnits(),
                    "committed units are a partner deal's terms: choose a deal or leave 0");
            check(x.committedUnits() > 0 && x.committedUnits() <= MAX_UNITS, at + ".committedUnits",
                    x.committedUnits(), "must be between 0 and " + MAX_UNITS);
        }
        if (x.priceFactor() != null) {
            check(x.priceFactor() > 0 && x.priceFactor() <= 10, at + ".priceFactor", x.priceFactor(),
                    "must be above 0 and at most 10 (1 = the basis's price)");
        }
        month(at + ".availableFrom", x.availableFrom());
        for (int k = 0; k < x.serves().size(); k++) {
            check(tierIds.contains(x.serves().get(k)), at + ".serves[" + k + "]", x.serves().get(k),
                    "is not a tier id; tiers: " + tierIds);
        }
    }

    /** The explorer's rules on every tier-on-pool scenario, reported under the portfolio's own paths. */
    private void explorerRules(Portfolio p) {
        for (int i = 0; i < p.tiers().size(); i++) {
            for (int j = 0; j < p.pools().size(); j++) {
                explorerRules(p.tiers().get(i), i, p.pools().get(j), j);
            }
        }
    }

    private void explorerRules(PortfolioTier tier, int i, PortfolioPool pool, int j) {
        if (tier == null || pool == null || tier.model() == null || pool.hardware() == null || tier.demand() == null
                || tier.demand().unit() == null || tier.lengths() == null || tier.slo() == null) {
            return;
        }
        try {
            scenarioRules.accept(scenario(tier, pool));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> add(new FieldProblem(path(problem.field(), i, j), problem.rejectedValue(),
                    problem.message())));
        }
    }

    static Scenario scenario(PortfolioTier t, PortfolioPool x) {
        return new Scenario(t.workload(), t.model(), List.of(new Candidate(x.hardware(), x.chipsPerReplica(),
                x.cost(), null)), t.transport(), null);
    }

    private static String path(String field, int tier, int pool) {
        if (field.startsWith("workload.")) {
            return "tiers[" + tier + "]." + field.substring("workload.".length());
        }
        if (field.startsWith("candidates[0]")) {
            return "pools[" + pool + "]" + field.substring("candidates[0]".length());
        }
        return field.equals("model") ? "tiers[" + tier + "].model" : field;
    }

    private Set<String> ids(String list, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (check(id != null && ID.matcher(id).matches(), list + "[" + i + "].id", id,
                    "use 1–40 lower-case letters, digits or '-'")) {
                check(seen.add(id), list + "[" + i + "].id", id, "appears twice");
            }
        }
        return seen;
    }

    private void month(String field, String value) {
        if (value != null) {
            try {
                YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                check(false, field, value, "use a month as YYYY-MM, e.g. 2027-01");
            }
        }
    }

    private boolean check(boolean ok, String field, Object value, String message) {
        if (!ok) {
            add(new FieldProblem(field, value, message));
        }
        return ok;
    }

    private void add(FieldProblem problem) {
        problems.putIfAbsent(problem.field(), problem);
    }

    /** A check that records a problem: the constraint rules report through the same list. */
    interface Check {
        boolean check(boolean ok, String field, Object value, String message);
    }
}
