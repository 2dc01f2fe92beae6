package com.inferplan.engine.validation;

import java.util.Locale;

/**
 * The layout columns of a measurements row, read with field-level errors: chips and the
 * tensor-, pipeline-, expert- and attention-data-parallel sizes (each a whole number ≥ 1 or
 * empty), counted in chips as measurements-format.md says, and the serving mode with its pools.
 */
record RowLayout(Integer chips, Integer tp, Integer pp, Integer ep, Integer attentionDp, boolean disaggregated) {

    static RowLayout read(Measurement row) {
        Integer chips = atLeastOne(row, "chips");
        Integer tp = atLeastOne(row, "tp");
        Integer pp = atLeastOne(row, "pp");
        Integer ep = atLeastOne(row, "ep");
        Integer attentionDp = atLeastOne(row, "attention_dp");
        String mode = row.get("mode");
        boolean disaggregated = switch (mode == null ? "agg" : mode.toLowerCase(Locale.ROOT)) {
            case "agg" -> false;
            case "disagg" -> true;
            default -> throw new MeasurementFormatException(row.line(), "mode", "'" + mode + "' is not agg or disagg");
        };
        if (disaggregated) {
            checkPools(row, chips);
        }
        return new RowLayout(chips, tp, pp, ep, attentionDp, disaggregated);
    }

    /** Both pools need workers and a layout; their chips must add up to {@code chips} where it is given. */
    private static void checkPools(Measurement row, Integer chips) {
        int total = 0;
        for (String pool : new String[] {"prefill", "decode"}) {
            int workers = required(row, pool + "_workers");
            int tp = required(row, pool + "_tp");
            atLeastOne(row, pool + "_ep");
            Integer attentionDp = atLeastOne(row, pool + "_attention_dp");
            total += workers * tp * (attentionDp == null ? 1 : attentionDp);
        }
        if (chips != null && chips != total) {
            throw new MeasurementFormatException(row.line(), "chips", chips + " is not the pools' sum of workers × "
                    + "tp × attention_dp = " + total);
        }
    }

    private static int required(Measurement row, String column) {
        Integer v = atLeastOne(row, column);
        if (v == null) {
            throw new MeasurementFormatException(row.line(), column, "is required for mode disagg");
        }
        return v;
    }

    static Integer atLeastOne(Measurement row, String column) {
        Integer v = row.integer(column);
        if (v != null && v < 1) {
            throw new MeasurementFormatException(row.line(), column, v + " must be a whole number of at least 1 (or empty)");
        }
        return v;
    }
}
