package com.inferplan.cli;

import com.inferplan.engine.evaluation.DisaggregatedRequest;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationJson;
import com.inferplan.engine.evaluation.EvaluationRequest;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/** {@code evaluate}: one deployment's TTFT, TPOT, per-user speed, throughput and bottleneck. */
final class EvaluateCommand implements Command {

    /** Disaggregated serving: prompts on separate prefill workers (decision 0543); the other flags are a decode worker's. */
    private static final Set<String> POOL_FLAGS = Set.of("prefill-hardware", "prefill-chips", "prefill-workers",
            "decode-workers");

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String usage() {
        return "evaluate --model ID --hardware ID [--chips N] [--tp N] [--pp N] [--ep N] [--weights PREC] [--kv PREC]"
                + " [--framework F] [--load closed|static|max] [--concurrency N] --input T --output T"
                + " [--goal latency|throughput] [--speculative default|on|off] [--explain] [--format json]"
                + " [--prefill-workers N --decode-workers N [--prefill-hardware ID] [--prefill-chips N]]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        Set<String> flags = new HashSet<>(EvaluationFlags.FLAGS);
        flags.addAll(POOL_FLAGS);
        args.allowOnly(flags);
        args.format(Set.of("json"));
        Engine engine = Engine.builtIn();
        EvaluationRequest request = EvaluationFlags.request(args, engine.models(), engine.hardware());
        Evaluation evaluation = POOL_FLAGS.stream().anyMatch(f -> args.text(f).isPresent())
                ? engine.evaluateDisaggregated(disaggregated(args, engine, request)) : engine.evaluate(request);
        out.println(EvaluationJson.write(evaluation));
        return evaluation.fits() ? 0 : 1;
    }

    private static DisaggregatedRequest disaggregated(Arguments args, Engine engine, EvaluationRequest decode) {
        Integer prefillWorkers = EvaluationFlags.positive(args, "prefill-workers");
        Integer decodeWorkers = EvaluationFlags.positive(args, "decode-workers");
        if (prefillWorkers == null || decodeWorkers == null) {
            throw new UsageException("--prefill-workers and --decode-workers are both needed for separate prefill workers");
        }
        EvaluationRequest prefill = decode.onWorker(args.text("prefill-hardware").map(engine.hardware()::require)
                .orElse(decode.hardware()), EvaluationFlags.positive(args, "prefill-chips"));
        return new DisaggregatedRequest(prefill, prefillWorkers, decode, decodeWorkers);
    }
}
