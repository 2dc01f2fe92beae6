package com.inferplan.engine.profile.export;

import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.Operator;
import com.inferplan.engine.profile.OperatorGroup;
import java.math.BigDecimal;
import java.util.StringJoiner;

/** One CSV row per operator: per-layer values, the layer count and the whole-step totals. */
public final class ProfileCsv {

    public static final String HEADER = "model,group,operator,kind,layer_count,compute_precision,"
            + "flops_per_layer,weight_bytes_per_layer,activation_bytes_read_per_layer,"
            + "activation_bytes_written_per_layer,kv_bytes_read_per_layer,kv_bytes_written_per_layer,"
            + "total_flops,total_bytes";

    private ProfileCsv() {
    }

    public static String write(ExecutionProfile profile) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (OperatorGroup group : profile.groups()) {
            for (Operator op : group.operators()) {
                csv.append(row(profile.modelId(), group.name(), op)).append('\n');
            }
        }
        return csv.toString();
    }

    private static String row(String model, String group, Operator op) {
        StringJoiner row = new StringJoiner(",");
        row.add(model).add(group).add(op.name()).add(op.kind().name()).add(String.valueOf(op.layerCount()))
                .add(op.computePrecision().label())
                .add(number(op.flops())).add(number(op.weightBytes()))
                .add(number(op.activationBytesRead())).add(number(op.activationBytesWritten()))
                .add(number(op.kvBytesRead())).add(number(op.kvBytesWritten()))
                .add(number(op.totalFlops())).add(number(op.totalBytes()));
        return row.toString();
    }

    /** Plain decimal without exponent so spreadsheets read the full value. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
