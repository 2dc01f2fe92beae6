package com.inferplan.backend.serving;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An agentic coding task run by one to four options. The task is a preset or custom turns; an option's
 * speed comes from a deployment (model on hardware, through the performance model) or is stated
 * (published tokens per second).
 */
public record AgenticTaskRequest(@NotNull @Valid Task task, @NotNull @Size(min = 1, max = 4) List<@Valid Option> options) {

    /** Either {@code preset} ({@code interactive-edit}, {@code long-agentic-run}) or the custom fields. */
    public record Task(@Pattern(regexp = "interactive-edit|long-agentic-run",
                               message = "must be interactive-edit or long-agentic-run") String preset,
                       String name, @PositiveOrZero Long initialContextTokens,
                       @Size(max = 500) List<@Valid TurnSpec> turns) {
    }

    public record TurnSpec(@NotNull @PositiveOrZero Long addedContextTokens, @NotNull @Positive Integer outputTokens,
                           @NotNull @PositiveOrZero Double toolSeconds, @Positive Integer clientRoundTrips) {
    }

    /**
     * @param concurrentUsers sequences sharing the replica (1: an otherwise idle server); deployment options only
     * @param passRate        share of attempts that solve the task, in (0, 1]
     * @param usdPerMillionCachedInput price of input the provider serves from its prompt cache (every turn's
     *                                 history after the first); null: no discount
     */
    public record Option(@NotBlank String label, String model, String hardware, @Positive Integer chips,
                         @Positive Integer concurrentUsers, @Valid StatedSpeed speed,
                         @NotNull @Pattern(regexp = "http|websocket", message = "must be http or websocket")
                         String transport,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double passRate,
                         @NotNull @PositiveOrZero Double usdPerMillionInput,
                         @PositiveOrZero Double usdPerMillionCachedInput,
                         @NotNull @PositiveOrZero Double usdPerMillionOutput) {
    }

    /** Time to first token = {@code firstTokenSeconds} + uncached tokens / {@code prefillTokensPerSecond}. */
    public record StatedSpeed(@NotNull @Positive Double outputTokensPerSecond,
                              @NotNull @PositiveOrZero Double firstTokenSeconds,
                              @NotNull @Positive Double prefillTokensPerSecond) {
    }
}
