package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioBaselines;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.portfolio.SavedPortfolio;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.ui.explorer.BackgroundAnswer;
import com.inferplan.ui.portfolio.PortfolioComparison.Column;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Answers 2–4 portfolios in the page's background runner and opens them side by side. It shares the
 * page's runner (one computation per page at a time), so it answers the portfolio on screen too and
 * hands that answer back to the page.
 */
final class PortfolioComparing {

    private record Asked(String label, Portfolio portfolio) {
    }

    private final PortfolioService service;
    private final PortfolioBaselines baselines;
    private final BackgroundAnswer background;
    private final Consumer<String> warn;

    PortfolioComparing(PortfolioService service, PortfolioBaselines baselines, BackgroundAnswer background,
                       Consumer<String> warn) {
        this.service = service;
        this.baselines = baselines;
        this.background = background;
        this.warn = warn;
    }

    void compare(UI ui, Portfolio current, List<String> keys, BiConsumer<Portfolio, PortfolioAnswer> onCurrent) {
        List<Asked> asked = new ArrayList<>();
        try {
            for (String key : keys) {
                asked.add(asked(key, current));
            }
        } catch (InvalidInputException e) {
            warn.accept("Cannot compare: " + e.problems().get(0).message() + ".");
            return;
        }
        background.start(ui, (cancelled, deliver) -> {
            PortfolioAnswer onScreen = service.answer(current, cancelled);
            deliver.accept(() -> onCurrent.accept(current, onScreen));
            List<Column> columns = new ArrayList<>();
            for (Asked a : asked) {
                columns.add(new Column(a.label(), a.portfolio().equals(current) ? onScreen
                        : service.answer(a.portfolio(), cancelled)));
            }
            deliver.accept(() -> new ComparisonDialog(PortfolioComparison.of(columns)).open());
        }, e -> warn.accept("Could not compare: " + e.getMessage()));
    }

    private Asked asked(String key, Portfolio current) {
        if (key.equals(CompareChooser.CURRENT)) {
            return new Asked("This portfolio", current);
        }
        if (key.equals(CompareChooser.ALL_GPUS)) {
            return new Asked("All GPUs (NVIDIA, AMD pools only)",
                    baselines.withVendorsOnly(current, PortfolioBaselines.GPU_VENDORS));
        }
        SavedPortfolio saved = service.get(key);
        return new Asked(saved.name() + " (v" + saved.version() + ")", saved.portfolio());
    }
}
