package com.inferplan.engine.validation;

import java.util.Locale;

/**
 * The layout columns of a measurements row, read with field-level errors: chips and the
 * tensor-, pipeline-, expert- and attention-data-parallel sizes (each a whole number ≥ 1 or
 * empty; chips, ep and attention_dp also 0 for not stated), counted in chips as measurements-format.md
 * says, and the serving mode with its pools.
 */
record RowLayout(Integer chips, Integer tp, Integer pp, Integer ep, Integer attentionDp, Pool prefill, Pool decode) {

    /** One pool of a disaggregated row: its workers and each worker's layout. */
    record Pool(int workers, int tp, Integer ep, Integer attentionDp) {

        /** Chips of one worker: tp × attention_dp. */
        int chipsPerWorker() {
            return tp * (attentionDp == null ? 1 : attentionDp);
        }
    }

    boolean disaggregated() {
        return prefill != null;
    }

    static RowLayout read(Measurement row) {
        Integer chips = unsetAtZero(row, "chips");
        Integer tp = atLeastOne(row, "tp");
        Integer pp = atLeastOne(row, "pp");
        Integer ep = unsetAtZero(row, "ep");
        Integer attentionDp = unsetAtZero(row, "attention_dp");
        String mode = row.get("mode");
        boolean disaggregated = switch (mode == null ? "agg" : mode.toLowerCase(Locale.ROOT)) {
            case "agg" -> false;
            case "disagg" -> true;
            default -> throw new MeasurementFormatException(row.line(), "mode", "'" + mode + "' is not agg or disagg");
        };
        if (!disaggregated) {
            return new RowLayout(chips, tp, pp, ep, attentionDp, null, null);
        }
        Pool prefill = pool(row, "prefill");
        Pool decode = pool(row, "decode");
        int total = prefill.workers() * prefill.chipsPerWorker() + decode.workers() * decode.chipsPerWorker();
        if (chips != null && chips != total) {
            throw new MeasurementFormatException(row.line(), "chips", chips + " is not the pools' sum of workers × "
                    + "tp × attention_dp = " + total);
        }
        return new RowLayout(chips, tp, pp, ep, attentionDp, prefill, decode);
    }

    /** A pool needs its workers and tp; ep and attention_dp are optional. */
    private static Pool pool(Measurement row, String pool) {
        return new Pool(required(row, pool + "_workers"), required(row, pool + "_tp"), unsetAtZero(row, pool + "_ep"),
                unsetAtZero(row, pool + "_attention_dp"));
    }

    private static int required(Measurement row, String column) {
        Integer v = atLeastOne(row, column);
        if (v == null) {
            throw new MeasurementFormatException(row.line(), column, "is required for mode disagg");
        }
        return v;
    }

    /**
     * A column where 0 means "not stated", as AIConfigurator's silicon sample writes an unset expert or
     * attention-DP size ("epnone" in its row ids) and an unrecorded chip count: read as empty.
     */
    private static Integer unsetAtZero(Measurement row, String column) {
        Integer v = row.integer(column);
        return v != null && v == 0 ? null : atLeastOne(row, column);
    }

    static Integer atLeastOne(Measurement row, String column) {
        Integer v = row.integer(column);
        if (v != null && v < 1) {
            throw new MeasurementFormatException(row.line(), column, v + " must be a whole number of at least 1 (or empty)");
        }
        return v;
    }
}
