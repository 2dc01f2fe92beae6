package com.inferplan.cli;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.ParetoPoint;
import com.inferplan.engine.evaluation.Sweep;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code sweep}: Pareto frontier of tokens/s per chip against tokens/s per user over layouts and batches, as CSV. */
final class SweepCommand implements Command {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String usage() {
        return "sweep --model ID --hardware ID [--max-chips N] [--max-batch B] [--weights PREC] [--kv PREC]"
                + " --input T --output T [--all] [--format csv]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        Set<String> flags = new HashSet<>(EvaluationFlags.FLAGS);
        flags.addAll(Set.of("max-chips", "max-batch", "all"));
        args.allowOnly(flags);
        args.format(Set.of("csv"));
        Engine engine = Engine.builtIn();
        var base = EvaluationFlags.request(args, engine.models(), engine.hardware());
        int maxChips = args.positiveInteger("max-chips", 64);
        int maxBatch = args.positiveInteger("max-batch", 256);
        long start = System.nanoTime();
        List<ParetoPoint> points = args.text("all").isPresent()
                ? Sweep.points(engine, base, maxChips, maxBatch)
                : Sweep.frontier(engine, base, maxChips, maxBatch);
        out.println("chips,tp,pp,dp,batch_per_replica,tokens_per_second_per_user,tokens_per_second_per_chip");
        for (ParetoPoint p : points) {
            out.println(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%.3f,%.3f", p.chips(), p.tp(), p.pp(), p.dp(),
                    p.batchPerReplica(), p.tokensPerSecondPerUser(), p.tokensPerSecondPerChip()));
        }
        System.err.printf(Locale.ROOT, "sweep: %d points in %.0f ms%n", points.size(), (System.nanoTime() - start) / 1e6);
        return 0;
    }
}
