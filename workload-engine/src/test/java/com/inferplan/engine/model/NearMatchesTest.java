package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearMatchesTest {

    private static final List<String> KNOWN = List.of("llama-3.1-8b", "meta-llama/Llama-3.1-8B", "qwen3-8b",
            "Qwen/Qwen3-8B", "mistral-7b");

    @Test
    void namesContainingTheWantedTextComeFirst() {
        assertThat(NearMatches.of("Qwen3", KNOWN, 5)).containsExactly("qwen3-8b", "Qwen/Qwen3-8B");
    }

    @Test
    void typosAreMatchedByEditDistanceCaseInsensitively() {
        assertThat(NearMatches.of("MISTRAL-8B", KNOWN, 5)).first().isEqualTo("mistral-7b");
    }

    @Test
    void unrelatedNamesAreNotOffered() {
        assertThat(NearMatches.of("stable-diffusion-xl", KNOWN, 5)).isEmpty();
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearMatches.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aVeryLongUnknownNameIsAnsweredWithoutComparingItToEveryNameCharacterByCharacter() {
        String wanted = "x".repeat(200_000);
        List<String> known = java.util.stream.IntStream.range(0, 500).mapToObj(i -> "org/model-" + i).toList();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMillis(500),
                () -> assertThat(NearMatches.of(wanted, known, 5)).isEmpty());
    }
}
