package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioPool;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.support.FieldProblem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The portfolio's inputs on the side of the page: the limits first (the commonest what-if), then each
 * tier and each pool. Every edit hands the whole new portfolio to the page, which re-answers it.
 */
class PortfolioEditor extends Div {

    private final PoolChoices choices;
    private final Consumer<Portfolio> changed;
    private final ConstraintsEditor limits;
    private final Div tiersBox = new Div();
    private final Div poolsBox = new Div();
    private final List<TierEditor> tiers = new ArrayList<>();
    private final List<PoolEditor> pools = new ArrayList<>();
    private Portfolio portfolio;

    PortfolioEditor(PoolChoices choices, Consumer<Portfolio> changed) {
        this.choices = choices;
        this.changed = changed;
        addClassName("ipx-form");
        limits = new ConstraintsEditor(this::edited);
        Button addPool = new Button("Add pool", VaadinIcon.PLUS.create(), e -> addPool());
        addPool.setId("pf-add-pool");
        add(heading("Limits"), limits, heading("Tiers"), tiersBox, heading("Pools"), poolsBox, addPool);
    }

    void setPortfolio(Portfolio p) {
        portfolio = p;
        limits.set(p.constraints());
        tiers.clear();
        tiersBox.removeAll();
        for (int i = 0; i < p.tiers().size(); i++) {
            tiers.add(new TierEditor(i, p.tiers().get(i), choices, this::edited));
        }
        tiers.forEach(tiersBox::add);
        pools.clear();
        poolsBox.removeAll();
        for (int j = 0; j < p.pools().size(); j++) {
            int index = j;
            pools.add(new PoolEditor(j, p.pools().get(j), choices, this::edited, () -> removePool(index)));
        }
        pools.forEach(poolsBox::add);
    }

    void clearProblems() {
        List<Map<String, HasValidation>> all = new ArrayList<>(List.of(limits.fields()));
        tiers.forEach(t -> all.add(t.fields()));
        pools.forEach(p -> all.add(p.fields()));
        all.forEach(m -> m.values().forEach(f -> f.setInvalid(false)));
    }

    /** Marks each field a problem names (tiers[1].slo.tpotMs, pools[0].maxUnits, constraints.minVendors). */
    void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            field(problem.field()).ifPresent(f -> {
                f.setInvalid(true);
                f.setErrorMessage(problem.message());
            });
        }
    }

    private Optional<HasValidation> field(String path) {
        Map<String, HasValidation> fields;
        String rest;
        if (path.startsWith("constraints.")) {
            fields = limits.fields();
            rest = path.substring("constraints.".length());
        } else if (path.matches("^(tiers|pools)\\[\\d+]\\..*")) {
            int index = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
            rest = path.substring(path.indexOf("].") + 2);
            boolean tier = path.startsWith("tiers");
            if (index >= (tier ? tiers.size() : pools.size())) {
                return Optional.empty();
            }
            fields = tier ? tiers.get(index).fields() : pools.get(index).fields();
        } else {
            return Optional.empty();
        }
        return Optional.ofNullable(fields.get(rest));
    }

    private void edited() {
        portfolio = new Portfolio(tiers.stream().map(TierEditor::tier).toList(),
                pools.stream().map(PoolEditor::pool).toList(), limits.constraints(), portfolio.planMonth());
        changed.accept(portfolio);
    }

    private void addPool() {
        List<PortfolioPool> list = new ArrayList<>(portfolio.pools());
        int n = list.size() + 1;
        while (taken(list, "pool-" + n)) {
            n++;
        }
        String id = "pool-" + n;
        String hardware = choices.hardwareIds().get(0);
        list.add(new PortfolioPool(id, null, hardware, null, null, CostChoice.DEFAULT, null, null, null, null,
                List.of(), null));
        replace(portfolio.withPools(list));
    }

    private static boolean taken(List<PortfolioPool> list, String id) {
        return list.stream().anyMatch(p -> id.equals(p.id()));
    }

    private void removePool(int index) {
        List<PortfolioPool> list = new ArrayList<>(portfolio.pools());
        list.remove(index);
        replace(portfolio.withPools(list));
    }

    private void replace(Portfolio p) {
        setPortfolio(p);
        changed.accept(p);
    }

    private static Div heading(String text) {
        Div d = new Div(text);
        d.addClassName("ipx-form-heading");
        return d;
    }
}
