package com.inferplan.pricing.basis;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;
import java.util.ArrayList;
import java.util.List;

/**
 * The chips of a replica made of two pools on different silicon (prefill workers on one chip, decode
 * workers on another), each pool paid on its own basis: the replica's average USD per provisioned
 * chip-hour, weighted by each pool's chips, so that {@code chips · usdPerChipHour} is the replica's
 * hourly bill. Both pools see the replica's utilization. The prefill basis's parameters and formula
 * inputs carry {@link #PREFILL} before their names, so both bases' inputs stay apart in Monte Carlo
 * draws, tornado bars and formulas.
 */
public record PooledChips(HourlyBasis decode, int decodeChips, HourlyBasis prefill, int prefillChips)
        implements HourlyBasis {

    public static final String PREFILL = "prefill.";

    public PooledChips {
        Require.positive("decodeChips", decodeChips);
        Require.positive("prefillChips", prefillChips);
    }

    @Override
    public String kind() {
        return decode.kind() + " + " + prefill.kind() + " (prefill)";
    }

    @Override
    public Explained usdPerChipHourPaid(double utilization) {
        Explained d = decode.usdPerChipHourPaid(utilization);
        Explained p = prefixed(prefill.usdPerChipHourPaid(utilization));
        double value = (decodeChips * d.value() + prefillChips * p.value()) / (decodeChips + prefillChips);
        return Explained.of("usdPerChipHour", value, "USD/chip-hour",
                "usdPerChipHour = (decodeChips · decode rate + prefillChips · prefill rate) / (decodeChips + prefillChips)",
                List.of(FormulaInput.derived(d), FormulaInput.derived(p),
                        FormulaInput.of("decodeChips", decodeChips, "chips"),
                        FormulaInput.of("prefillChips", prefillChips, "chips")));
    }

    @Override
    public double usdPerChipHour(double utilization) {
        return (decodeChips * decode.usdPerChipHour(utilization) + prefillChips * prefill.usdPerChipHour(utilization))
                / (decodeChips + prefillChips);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(decode.parameters());
        prefill.parameters().forEach(p -> all.add(new Parameter(PREFILL + p.name(), p.value(), p.unit(), p.bounds())));
        return List.copyOf(all);
    }

    @Override
    public PooledChips withParameters(ParameterValues values) {
        return new PooledChips(decode.withParameters(values), decodeChips,
                prefill.withParameters(name -> values.get(PREFILL + name)), prefillChips);
    }

    private static Explained prefixed(Explained e) {
        List<FormulaInput> inputs = e.inputs().stream().map(i -> new FormulaInput(PREFILL + i.name(), i.value(),
                i.unit(), i.provenance(), i.derivation() == null ? null : prefixed(i.derivation()))).toList();
        return new Explained(PREFILL + e.quantity(), e.value(), e.unit(), e.formula(), inputs, e.flags());
    }
}
