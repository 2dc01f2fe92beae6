package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.OperatorTiming;
import java.util.List;
import java.util.Map;

/**
 * Why the engine predicts what it predicts: the formulas used (as text), the named inputs that
 * went into them, per-operator breakdowns of one decode iteration and of the prefill (present only
 * when the request asked to explain), and notes (precision fallbacks, memory flags, speculative
 * decoding, which efficiency entries applied).
 */
public record Explanation(List<String> formulas, Map<String, Object> inputs, List<OperatorTiming> decodeOperators,
                          List<OperatorTiming> prefillOperators, List<String> notes) {

    public Explanation {
        formulas = List.copyOf(formulas);
        inputs = Map.copyOf(inputs);
        decodeOperators = List.copyOf(decodeOperators);
        prefillOperators = List.copyOf(prefillOperators);
        notes = List.copyOf(notes);
    }
}
