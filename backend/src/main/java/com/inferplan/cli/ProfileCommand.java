package com.inferplan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.config.HuggingFaceConfigImporter;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import com.inferplan.engine.profile.export.ProfileCsv;
import com.inferplan.engine.profile.export.ProfileJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code profile}: the operator-level execution profile of a built-in model or a config.json. */
final class ProfileCommand implements Command {

    private static final Set<String> FLAGS = Set.of("model", "config", "phase", "batch", "context", "prompt",
            "weights", "kv", "format");

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String usage() {
        return "profile (--model ID | --config FILE) [--phase prefill|decode] [--batch B] [--context C] [--prompt P]"
                + " [--weights PREC] [--kv PREC] [--format json|csv]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(FLAGS);
        ModelArchitecture model = model(args);
        String phase = args.choice("phase", "decode", Set.of("prefill", "decode"));
        int batch = args.positiveInteger("batch", 1);
        int context = args.integer("context").orElse(phase.equals("decode") ? 1024 : 0);
        if (context < 0) {
            throw new UsageException("--context '" + context + "' must not be negative");
        }
        ProfileRequest request = phase.equals("prefill")
                ? ProfileRequest.prefill(batch, context, args.positiveInteger("prompt", 1024))
                : ProfileRequest.decode(batch, context);
        request = args.text("weights").map(Precisions::parse).map(request::withWeights).orElse(request);
        request = args.text("kv").map(Precisions::parse).map(request::withKv).orElse(request);
        ExecutionProfile profile = Profiler.profile(model, request);
        out.print(args.format(Set.of("json", "csv")).equals("csv") ? ProfileCsv.write(profile) : json(model, profile));
        return 0;
    }

    /** The profile's JSON, with {@code parameters.active} counted as the model's publisher counts it. */
    static String json(ModelArchitecture model, ExecutionProfile profile) {
        ObjectNode tree = ProfileJson.toTree(profile);
        ((ObjectNode) tree.path("parameters")).put("active", ModelCatalog.builtIn().publishedActive(model));
        return tree.toPrettyString() + "\n";
    }

    private static ModelArchitecture model(Arguments args) {
        if (args.text("model").isPresent() == args.text("config").isPresent()) {
            throw new UsageException("give exactly one of --model ID or --config FILE");
        }
        if (args.text("model").isPresent()) {
            return ModelCatalog.builtIn().require(args.require("model"));
        }
        Path file = Path.of(args.require("config"));
        try {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return HuggingFaceConfigImporter.importConfig(Files.readString(file), "config", name);
        } catch (IOException e) {
            throw new UsageException("--config '" + file + "' cannot be read: " + e.getMessage());
        }
    }

    /** Precision flags name the flag in their error. */
    static final class Precisions {
        private Precisions() {
        }

        static Precision parse(String text) {
            try {
                return Precision.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
