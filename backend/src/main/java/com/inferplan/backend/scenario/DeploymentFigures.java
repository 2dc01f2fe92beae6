package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.pricing.capacity.CapacityPlanner;
import com.inferplan.pricing.explain.Provenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What must be deployed for the peak: the replica layout, how many replicas, the whole units to buy
 * or rent and the facility power they draw. {@code megawatts} is null, with {@code megawattsReason},
 * where no power figure exists for the hardware.
 */
public record DeploymentFigures(int chipsPerReplica, String layout, Figure replicas, long totalChips, Figure units,
                                String unitName, Figure megawatts, String megawattsReason, List<String> planNotes) {

    public DeploymentFigures {
        planNotes = List.copyOf(planNotes);
    }

    static DeploymentFigures of(ReplicaLayout layout, Figure replicas, FacilityUnit unit) {
        DeploymentPlan plan = layout.evaluation().plan();
        int perReplica = layout.chips();
        long chips = (long) replicas.value() * perReplica;
        long count = unit.unitsFor(chips);
        Figure units = Figure.of("units", count, unit.name(), "units = ceil(replicas · chipsPerReplica / chipsPerUnit)",
                List.of(FigureInput.derived(replicas),
                        FigureInput.of("chipsPerReplica", perReplica, "chips", Origin.MODEL),
                        FigureInput.of("chipsPerUnit", unit.chipsPerUnit(), "chips/" + unit.name(), Origin.INPUT)),
                true, List.of(layout.capacity().pools() == null
                        ? "chipsPerReplica: the planner's fewest chips that hold the weights and one sequence"
                        + " (or the count you set), laid out " + plan.parallelism().label() + "."
                        : "chipsPerReplica: the prefill and decode workers of one replica, " + layout.label() + "."));
        Figure megawatts = unit.hardwareUnit().map(hw -> Figures.of(CapacityPlanner.facilityMegawattsForUnits(count, hw,
                unit.pue()).withProvenance(statuses(unit)))).orElse(null);
        String reason = megawatts == null ? "No power figure for " + plan.hardware().id() + " in the catalogs." : null;
        return new DeploymentFigures(perReplica, layout.label(), replicas, chips, units, unit.name(),
                megawatts, reason, plan.flags());
    }

    private static Map<String, Provenance> statuses(FacilityUnit unit) {
        Map<String, Provenance> byName = new HashMap<>();
        byName.put("kwPerUnit", unit.kwStatus());
        byName.put("pue", unit.pueStatus());
        byName.put("units", Provenance.DERIVED);
        return byName;
    }
}
