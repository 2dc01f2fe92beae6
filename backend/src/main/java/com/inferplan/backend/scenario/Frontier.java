package com.inferplan.backend.scenario;

import com.inferplan.engine.evaluation.ParetoPoint;
import java.util.List;

/**
 * Tokens/s per chip against tokens/s per user for one model on one kind of hardware, over layouts and
 * batch sizes (the engine's sweep); empty points with {@code reason} when no layout holds the model.
 */
public record Frontier(String hardware, String hardwareName, String model, List<ParetoPoint> points, String reason) {

    public Frontier {
        points = List.copyOf(points);
    }
}
