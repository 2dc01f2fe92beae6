package com.inferplan.backend.hardware;

import com.inferplan.catalog.CatalogValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid built-in catalog at start-up into a short report naming file, entry and field. */
public class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogValidationException cause) {
        return new FailureAnalysis("The built-in hardware catalog is invalid:\n" + cause.getMessage(),
                "Fix the listed data files under hardware-catalog/src/main/resources/catalog/ and rebuild.", cause);
    }
}
