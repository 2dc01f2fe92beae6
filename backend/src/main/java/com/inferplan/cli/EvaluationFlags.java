package com.inferplan.cli;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.LoadMode;
import com.inferplan.engine.evaluation.SpeculativeOptions;
import com.inferplan.engine.model.ModelCatalog;
import java.util.Locale;
import java.util.Set;

/** The flags shared by {@code evaluate}, {@code sweep} and {@code simulate}, turned into an engine request. */
final class EvaluationFlags {

    static final Set<String> FLAGS = Set.of("model", "hardware", "chips", "tp", "pp", "ep", "weights", "kv",
            "framework", "load", "concurrency", "input", "output", "goal", "speculative", "explain", "format");

    private EvaluationFlags() {
    }

    static EvaluationRequest request(Arguments args, ModelCatalog models, HardwareCatalog hardware) {
        LoadMode load = LoadMode.valueOf(args.choice("load", "closed", Set.of("closed", "static", "max"))
                .toUpperCase(Locale.ROOT));
        LayoutGoal goal = LayoutGoal.valueOf(args.choice("goal", "latency", Set.of("latency", "throughput"))
                .toUpperCase(Locale.ROOT));
        String speculative = args.choice("speculative", "default", Set.of("default", "on", "off"));
        String model = args.require("model");
        return new EvaluationRequest(models.require(model), hardware.require(args.require("hardware")),
                positive(args, "chips"), positive(args, "tp"), positive(args, "pp"), positive(args, "ep"),
                models.weightsFor(model, args.text("weights").map(ProfileCommand.Precisions::parse).orElse(null)),
                args.text("kv").map(ProfileCommand.Precisions::parse).orElse(null),
                args.text("framework").orElse(null), null, load, args.positiveInteger("concurrency", 1),
                args.positiveInteger("input", 1000), args.positiveInteger("output", 1000),
                switch (speculative) {
                    case "on" -> new SpeculativeOptions(true, null, null, null);
                    case "off" -> SpeculativeOptions.OFF;
                    default -> SpeculativeOptions.STACK_DEFAULT;
                }, goal, args.text("explain").isPresent());
    }

    static Integer positive(Arguments args, String flag) {
        return args.integer(flag).map(v -> {
            if (v < 1) {
                throw new UsageException("--" + flag + " '" + v + "' must be at least 1");
            }
            return v;
        }).orElse(null);
    }
}
