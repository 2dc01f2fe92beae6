package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioExample;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.portfolio.PortfolioVersion;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The page's address: {@code p} holds the whole portfolio (deflated JSON), {@code id} and {@code version}
 * the saved one it is based on. A link's {@code p} wins over the saved state (it is what was shared); with
 * neither, the built-in example opens, the one portfolio that always answers.
 */
final class PortfolioAddress {

    record Restored(Portfolio portfolio, SavedState saved) {
    }

    private final PortfolioService service;
    private final Consumer<String> warn;

    PortfolioAddress(PortfolioService service, Consumer<String> warn) {
        this.service = service;
        this.warn = warn;
    }

    Restored restore(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        SavedState saved = saved(first(params, "id"), first(params, "version"));
        String link = first(params, "p");
        if (link != null) {
            try {
                return new Restored(PortfolioService.CODEC.fromLink("p", link), saved);
            } catch (InvalidInputException e) {
                warn.accept("This link does not hold a portfolio (" + e.problems().get(0).message() + "); showing "
                        + (saved != null ? "the saved version." : "the built-in example."));
            }
        }
        return new Restored(saved != null ? saved.portfolio() : PortfolioExample.codexSpark(), saved);
    }

    static String location(Portfolio portfolio, SavedState saved) {
        Map<String, String> params = new LinkedHashMap<>();
        if (saved != null) {
            params.put("id", saved.id());
            params.put("version", String.valueOf(saved.version()));
        }
        params.put("p", PortfolioService.CODEC.toLink(portfolio));
        return "portfolios?" + QueryParameters.simple(params).getQueryString();
    }

    private SavedState saved(String id, String version) {
        if (id == null) {
            return null;
        }
        try {
            if (version == null) {
                return SavedState.of(service.get(id));
            }
            int wanted = Integer.parseInt(version);
            return service.versions(id).stream().filter(v -> v.version() == wanted).findFirst()
                    .map(SavedState::of).orElseThrow(() -> new NotFoundException("no version " + wanted));
        } catch (NotFoundException | NumberFormatException e) {
            warn.accept("No saved portfolio “" + id + "”" + (version == null ? "" : " version " + version)
                    + ": it may have been deleted.");
            return null;
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
