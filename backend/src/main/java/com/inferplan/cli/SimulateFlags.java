package com.inferplan.cli;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.loadtest.DeploymentChoice;
import com.inferplan.engine.loadtest.LoadTest;
import com.inferplan.engine.loadtest.WorkloadShape;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.transport.TransportProfile;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code simulate}'s flags turned into load-test inputs; an out-of-range value is reported against its flag. */
final class SimulateFlags {

    static final Set<String> FLAGS = Set.of("model", "hardware", "chips", "replicas", "rate", "requests",
            "input-mean", "output-mean", "input-sigma", "output-sigma", "arrivals", "burstiness", "transport",
            "ttft-slo-ms", "tpot-slo-ms", "slo-attainment", "seed", "find-max-rate", "format");

    /** Engine field names → the flag that sets them. */
    private static final Map<String, String> FLAG_OF_FIELD = Map.ofEntries(
            Map.entry("rate", "rate"), Map.entry("requests", "requests"), Map.entry("burstiness", "burstiness"),
            Map.entry("inputMean", "input-mean"), Map.entry("outputMean", "output-mean"),
            Map.entry("inputSigma", "input-sigma"), Map.entry("outputSigma", "output-sigma"),
            Map.entry("chips", "chips"), Map.entry("replicas", "replicas"), Map.entry("ttftMs", "ttft-slo-ms"),
            Map.entry("tpotMs", "tpot-slo-ms"), Map.entry("attainmentPercent", "slo-attainment"));

    private SimulateFlags() {
    }

    static DeploymentChoice deployment(Arguments args) {
        return checked(() -> new DeploymentChoice(ModelCatalog.builtIn().require(args.require("model")),
                HardwareCatalog.builtIn().require(args.require("hardware")), args.integer("chips").orElse(null),
                args.integer("replicas").orElse(1)));
    }

    /** @param searching the SLO search sets the rate itself, so {@code --rate} may be left out */
    static WorkloadShape workload(Arguments args, boolean searching) {
        String arrivals = args.choice("arrivals", "poisson", Set.of("poisson", "bursty"));
        if (arrivals.equals("poisson") && args.text("burstiness").isPresent()) {
            throw new UsageException("--burstiness applies to --arrivals bursty only");
        }
        double burstiness = arrivals.equals("poisson") ? 1 : args.number("burstiness").orElse(WorkloadShape.BURSTY_DEFAULT);
        double rate = searching ? args.number("rate").orElse(1.0) : required(args, "rate");
        return checked(() -> new WorkloadShape(rate, requiredCount(args),
                burstiness, required(args, "input-mean"), args.number("input-sigma").orElse(0.0),
                required(args, "output-mean"), args.number("output-sigma").orElse(0.0), seed(args)));
    }

    static Slo slo(Arguments args) {
        Slo standard = LoadTest.DEFAULT_SLO;
        return checked(() -> new Slo(args.number("ttft-slo-ms").orElse(standard.ttftMs()),
                args.number("tpot-slo-ms").orElse(standard.tpotMs()),
                args.number("slo-attainment").orElse(standard.attainmentPercent())));
    }

    static TransportProfile transport(Arguments args) {
        return switch (args.choice("transport", "http", Set.of("http", "websocket", "none"))) {
            case "websocket" -> TransportProfile.webSocket();
            case "none" -> TransportProfile.NONE;
            default -> TransportProfile.httpSse();
        };
    }

    private static double required(Arguments args, String flag) {
        return args.number(flag).orElseThrow(() -> new UsageException("--" + flag + " is required"));
    }

    private static long requiredCount(Arguments args) {
        String text = args.require("requests");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--requests '" + text + "' is not a whole number");
        }
    }

    private static long seed(Arguments args) {
        String text = args.text("seed").orElse("1");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed '" + text + "' is not a whole number");
        }
    }

    /** Runs a constructor, reporting a value it rejects as a usage error on the flag that set it. */
    private static <T> T checked(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            String flag = FLAG_OF_FIELD.get(e.field());
            if (flag == null) {
                throw e;
            }
            throw new UsageException("--" + flag + " '" + e.value() + "' " + e.reason());
        }
    }
}
