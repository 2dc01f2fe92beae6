package com.inferplan.backend.serving;

import com.inferplan.engine.evaluation.Engine;
import org.springframework.stereotype.Component;

/**
 * The engine load tests and agentic tasks plan with: one instance, so both share its cache of built
 * performance models (building one costs far more than looking it up).
 */
@Component
class ServingEngine {

    private final Engine engine = Engine.builtIn();

    Engine engine() {
        return engine;
    }
}
