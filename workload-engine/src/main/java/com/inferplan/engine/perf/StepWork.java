package com.inferplan.engine.perf;

/**
 * The work of one engine iteration on one replica. Decode: {@code decodeSequences} sequences add
 * one token each, attending {@code decodeContextTokens} cached positions in total (the new token
 * included). Prefill: {@code prefillTokens} prompt tokens of {@code prefillSequences} sequences,
 * attending {@code prefillAttendedPairs} query-key pairs and reading {@code prefillPositions}
 * cached positions in total.
 */
public record StepWork(double decodeSequences, double decodeContextTokens, double prefillTokens,
                       double prefillSequences, double prefillAttendedPairs, double prefillPositions) {

    public static StepWork decode(double sequences, double contextPerSequence) {
        return new StepWork(sequences, sequences * contextPerSequence, 0, 0, 0, 0);
    }

    /** Prefill of {@code sequences} prompts of {@code promptTokens} each, nothing cached before. */
    public static StepWork prefill(double sequences, double promptTokens) {
        double pairs = promptTokens * (promptTokens + 1) / 2;
        return new StepWork(0, 0, sequences * promptTokens, sequences, sequences * pairs, sequences * promptTokens);
    }

    /** Verification of {@code draftTokens} drafted tokens plus one for each of {@code sequences}. */
    public static StepWork verify(double sequences, double contextPerSequence, int draftTokens) {
        double n = draftTokens + 1.0;
        double pairs = n * contextPerSequence + n * (n - 1) / 2;
        return new StepWork(0, 0, sequences * n, sequences, sequences * pairs, sequences * (contextPerSequence + n - 1));
    }

    public double tokens() {
        return decodeSequences + prefillTokens;
    }

    public double sequences() {
        return decodeSequences + prefillSequences;
    }

    public StepWork divide(double parts) {
        return new StepWork(decodeSequences / parts, decodeContextTokens / parts, prefillTokens / parts,
                prefillSequences / parts, prefillAttendedPairs / parts, prefillPositions / parts);
    }

    /**
     * The work of the busiest of {@code ranks} attention-data-parallel ranks: whole sequences are
     * placed on ranks, so a rank runs ceil(n / ranks) of the prompts and of the decodes (a lone
     * prompt runs on one rank whatever the rank count); fractional counts below one stay as they are.
     */
    public StepWork busiestRankOf(int ranks) {
        double prefillShare = busiestShare(prefillSequences, ranks);
        double decodeShare = busiestShare(decodeSequences, ranks);
        return new StepWork(decodeSequences * decodeShare, decodeContextTokens * decodeShare,
                prefillTokens * prefillShare, prefillSequences * prefillShare, prefillAttendedPairs * prefillShare,
                prefillPositions * prefillShare);
    }

    private static double busiestShare(double sequences, int ranks) {
        if (sequences <= 1) {
            return 1;
        }
        return Math.ceil(sequences / ranks - 1e-9) / sequences;
    }

    /** Query-key pairs for a layer with this sliding window (0 = full). */
    double pairs(int window) {
        if (window == 0) {
            return decodeContextTokens + prefillAttendedPairs;
        }
        return decodeSequences * Math.min(averageDecodeContext(), window)
                + Math.min(prefillAttendedPairs, prefillTokens * (double) window);
    }

    /** Cached positions read for a layer with this sliding window (0 = full). */
    double positions(int window) {
        if (window == 0) {
            return decodeContextTokens + prefillPositions;
        }
        return decodeSequences * Math.min(averageDecodeContext(), window)
                + Math.min(prefillPositions, prefillSequences * (double) window + prefillTokens);
    }

    private double averageDecodeContext() {
        return decodeSequences > 0 ? decodeContextTokens / decodeSequences : 0;
    }
}
