package com.inferplan.engine.model.library;

import com.inferplan.engine.model.AttentionWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The attention kind of each layer as a cycle repeated over the depth: {@code repeat} lists
 * {@code "full"} and {@code "sliding"} entries (gpt-oss: sliding, full; Gemma 3: five sliding, one
 * full), {@code slidingWindow} the tokens a sliding layer attends.
 */
public record LayerPattern(List<String> repeat, int slidingWindow) {

    public LayerPattern {
        Objects.requireNonNull(repeat, "repeat");
        repeat = List.copyOf(repeat);
        if (repeat.isEmpty()) {
            throw new IllegalArgumentException("layer pattern needs at least one entry");
        }
        for (String kind : repeat) {
            if (!kind.equals("full") && !kind.equals("sliding")) {
                throw new IllegalArgumentException("unknown layer kind '" + kind + "'; expected full or sliding");
            }
        }
    }

    List<AttentionWindow> windows(int layers) {
        List<AttentionWindow> windows = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            windows.add(repeat.get(layer % repeat.size()).equals("full")
                    ? AttentionWindow.FULL : AttentionWindow.sliding(slidingWindow));
        }
        return windows;
    }
}
