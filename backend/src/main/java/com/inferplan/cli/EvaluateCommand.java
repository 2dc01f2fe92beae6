package com.inferplan.cli;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationJson;
import java.io.PrintStream;

/** {@code evaluate}: one deployment's TTFT, TPOT, per-user speed, throughput and bottleneck. */
final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String usage() {
        return "evaluate --model ID --hardware ID [--chips N] [--tp N] [--pp N] [--ep N] [--weights PREC] [--kv PREC]"
                + " [--framework F] [--load closed|static|max] [--concurrency N] --input T --output T"
                + " [--goal latency|throughput] [--speculative default|on|off] [--explain] [--format json]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(EvaluationFlags.FLAGS);
        args.format(java.util.Set.of("json"));
        Engine engine = Engine.builtIn();
        Evaluation evaluation = engine.evaluate(EvaluationFlags.request(args, engine.models(), engine.hardware()));
        out.println(EvaluationJson.write(evaluation));
        return evaluation.fits() ? 0 : 1;
    }
}
