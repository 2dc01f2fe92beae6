package com.inferplan.cli;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.loadtest.LoadTest;
import com.inferplan.engine.loadtest.LoadTestJson;
import com.inferplan.engine.loadtest.ServingPlanner;
import com.inferplan.engine.loadtest.WorkloadShape;
import com.inferplan.engine.serving.RunControl;
import java.io.PrintStream;
import java.util.Set;

/**
 * {@code simulate}: a discrete-event load test of a planned deployment (continuous batching, paged KV
 * cache, transport overheads), or with {@code --find-max-rate} the highest arrival rate meeting the SLO.
 * The search sets the rate itself, so {@code --rate} is optional there. A deployment that does not fit
 * is an error (exit 1) carrying the planner's reason.
 */
final class SimulateCommand implements Command {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "simulate --model ID --hardware ID [--chips N] [--replicas N] --rate R --requests N"
                + " --input-mean T --output-mean T [--input-sigma S] [--output-sigma S]"
                + " [--arrivals poisson|bursty] [--burstiness B] [--transport http|websocket|none]"
                + " [--ttft-slo-ms X] [--tpot-slo-ms Y] [--slo-attainment P] [--seed S] [--find-max-rate]"
                + " [--format json]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(SimulateFlags.FLAGS);
        args.format(Set.of("json"));
        boolean search = args.text("find-max-rate").isPresent();
        WorkloadShape workload = SimulateFlags.workload(args, search);
        LoadTest test = new LoadTest(ServingPlanner.plan(Engine.builtIn(), SimulateFlags.deployment(args), workload),
                workload, SimulateFlags.slo(args), SimulateFlags.transport(args));
        out.println((search
                ? LoadTestJson.maxRate(test, test.findMaxRate(RunControl.NONE))
                : LoadTestJson.run(test, test.run(RunControl.NONE))).toPrettyString());
        return 0;
    }
}
