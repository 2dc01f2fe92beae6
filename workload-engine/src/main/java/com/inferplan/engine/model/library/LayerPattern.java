package com.inferplan.engine.model.library;

import com.inferplan.engine.model.AttentionWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The attention kind of each layer as a cycle repeated over the depth: {@code repeat} lists
 * {@code "full"}, {@code "sliding"}, {@code "chunked"} and {@code "linear"} entries (gpt-oss: sliding,
 * full; Gemma 3: five sliding, one full; Llama 4: three chunked, one full; Qwen3.5: three linear
 * (Gated DeltaNet), one full), {@code slidingWindow} the tokens a sliding layer attends or the
 * chunk size of a chunked one.
 */
public record LayerPattern(List<String> repeat, int slidingWindow) {

    private static final List<String> KINDS = List.of("full", "sliding", "chunked", "linear");

    public LayerPattern {
        Objects.requireNonNull(repeat, "repeat");
        repeat = List.copyOf(repeat);
        if (repeat.isEmpty()) {
            throw new IllegalArgumentException("layer pattern needs at least one entry");
        }
        for (String kind : repeat) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown layer kind '" + kind + "'; expected " + KINDS);
            }
        }
    }

    List<AttentionWindow> windows(int layers) {
        List<AttentionWindow> windows = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            windows.add(switch (repeat.get(layer % repeat.size())) {
                case "full", "linear" -> AttentionWindow.FULL;
                case "chunked" -> AttentionWindow.chunked(slidingWindow);
                default -> AttentionWindow.sliding(slidingWindow);
            });
        }
        return windows;
    }

    /** Whether each layer is a linear-attention layer. */
    List<Boolean> linearLayers(int layers) {
        List<Boolean> linear = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            linear.add(repeat.get(layer % repeat.size()).equals("linear"));
        }
        return linear;
    }
}
