package com.inferplan.engine.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.PlannerSettings;
import com.inferplan.engine.profile.OperatorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The documented efficiency defaults (resource {@code perf/efficiencies.json}, every entry with its
 * justification and sources) plus optional calibration adjustments. Families are keyed by
 * accelerator kind, optionally refined by vendor ({@code gpu/AMD}); serving stacks by framework id,
 * with dated generations for stacks whose published behaviour changed (Cerebras, October 2024).
 */
public final class EfficiencyTable {

    private static final String RESOURCE = "perf/efficiencies.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final Map<String, EfficiencyAdjustment> adjustments;
    private final Map<String, Efficiencies> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private EfficiencyTable(JsonNode root, Map<String, EfficiencyAdjustment> adjustments) {
        this.root = root;
        this.adjustments = Map.copyOf(adjustments);
    }

    public static EfficiencyTable builtIn() {
        return BuiltIn.TABLE;
    }

    /**
     * The table of a document that passes the schema ({@link EfficiencyFile}); the figures are then
     * resolved from its tree, where a family or generation merges over its parent.
     *
     * @throws DataFileException naming the file, the key's path, the line, the value and why
     */
    public static EfficiencyTable parse(InputStream json, String file) {
        try (InputStream in = json) {
            byte[] bytes = in.readAllBytes();
            DataFileReader.read(bytes, file, EfficiencyFile.class);
            return new EfficiencyTable(JSON.readTree(bytes), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** This table with a calibration multiplier for one family key (e.g. {@code gpu/NVIDIA}). */
    public EfficiencyTable withAdjustment(String familyKey, EfficiencyAdjustment adjustment) {
        Map<String, EfficiencyAdjustment> copy = new HashMap<>(adjustments);
        copy.put(familyKey, adjustment);
        return new EfficiencyTable(root, copy);
    }

    public Map<String, EfficiencyAdjustment> adjustments() {
        return adjustments;
    }

    /**
     * The family key a chip resolves to: a family that lists the chip's id under {@code chips} (an
     * architecture generation, e.g. Blackwell), else {@code kind/vendor} where the table has it,
     * else {@code kind}.
     */
    public String familyKey(Accelerator hw) {
        Iterator<Map.Entry<String, JsonNode>> families = root.path("families").fields();
        while (families.hasNext()) {
            Map.Entry<String, JsonNode> f = families.next();
            for (JsonNode chip : f.getValue().path("chips")) {
                if (chip.asText().equals(hw.id())) {
                    return f.getKey();
                }
            }
        }
        String kind = hw.kind().label();
        String refined = kind + "/" + hw.vendor();
        return root.path("families").has(refined) ? refined : kind;
    }

    public boolean isKnownFramework(String framework) {
        return framework != null && root.path("frameworks").has(stackId(framework));
    }

    /**
     * The stack id a name denotes: lower case, and the projects' other spellings (TensorRT-LLM, trt-llm,
     * tensorrt_llm; NeuronX Distributed Inference, NxDI, transformers-neuronx, optimum-neuron; SGLang) mapped to
     * the ids of this file.
     */
    static String stackId(String framework) {
        String id = framework.trim().toLowerCase(Locale.ROOT);
        String compact = id.replaceAll("[^a-z0-9]", "");
        return switch (compact) {
            case "tensorrtllm", "trtllm" -> "trtllm";
            case "nxdi", "neuronxdistributedinference", "neuronxdistributed", "transformersneuronx", "optimumneuron",
                 "awsneuron", "neuronx" -> "neuron";
            case "sglang" -> "sglang";
            case "vllm" -> "vllm";
            default -> id;
        };
    }

    /**
     * The flag a row carries when its stack is unknown: it is predicted with the hardware family's
     * generic (default) stack, never refused.
     */
    public String genericStackFlag(String framework, Accelerator hw) {
        String familyKey = familyKey(hw);
        return genericStackFlag(framework, familyKey, family(familyKey).path("defaultFramework").asText());
    }

    private static String genericStackFlag(String framework, String familyKey, String familyStack) {
        return "serving stack '" + framework + "' is not known: predicted with the " + familyKey
                + " family's generic stack (" + familyStack + ")";
    }

    public List<String> frameworks() {
        List<String> ids = new ArrayList<>();
        root.path("frameworks").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    /**
     * Efficiencies for a chip under a serving stack. Null framework = the family's default stack;
     * null date = the newest generation of the stack.
     */
    public Efficiencies resolve(Accelerator hw, String framework, String date) {
        String key = hw.id() + '|' + hw.kind() + '|' + hw.vendor() + '|' + framework + '|' + normalizeDate(date);
        return resolved.computeIfAbsent(key, k -> resolveUncached(hw, framework, date));
    }

    private Efficiencies resolveUncached(Accelerator hw, String framework, String date) {
        String familyKey = familyKey(hw);
        JsonNode family = family(familyKey);
        String familyStack = family.path("defaultFramework").asText();
        String stackId = framework == null || framework.isBlank() ? familyStack : stackId(framework);
        List<String> provenance = new ArrayList<>(List.of("family " + familyKey));
        if (!isKnownFramework(stackId)) {
            provenance.add(genericStackFlag(stackId, familyKey, familyStack));
            stackId = familyStack;
        }
        Generation generation = generation(root.path("frameworks").path(stackId), date);
        JsonNode stack = generation.node();
        provenance.add("framework " + stackId + (generation.label().isEmpty() ? "" : " (" + generation.label() + ")"));
        JsonNode plannerNode = family.path("planner");
        Efficiencies base = new Efficiencies(familyKey, stackId, generation.label(),
                compute(kinds(family.path("computeEfficiency")), stack),
                new MemoryEfficiency(scaled(kinds(family.path("memoryEfficiency")), stack.path("memoryEfficiencyScale")),
                        family.path("dequantisingWeightMemoryScale").asDouble(1)),
                family.path("overlapsComputeAndMemory").asBoolean(true), overheads(family, stack),
                family.path("linkBytesPerSecondIfUnknown").asDouble(100e9),
                stack.path("maxBatch").asInt(256),
                stack.path("reservesWholeContext").asBoolean(false),
                speculation(stack.path("speculative")),
                planner(plannerNode, stack), maxLoadPlanner(plannerNode, stack), provenance);
        EfficiencyAdjustment adjustment = adjustments.getOrDefault(familyKey, EfficiencyAdjustment.NONE);
        return base.adjusted(adjustment);
    }

    private JsonNode family(String key) {
        JsonNode node = root.path("families").path(key);
        if (node.isMissingNode()) {
            throw new InvalidPerformanceInputException("family", key, "no efficiency defaults for this chip family");
        }
        String parent = node.path("parent").asText("");
        return parent.isEmpty() ? node : merge(family(parent), node);
    }

    private record Generation(String label, JsonNode node) {
    }

    private static Generation generation(JsonNode stack, String date) {
        JsonNode chosen = null;
        String normalized = normalizeDate(date);
        for (JsonNode g : stack.path("generations")) {
            if (normalized == null || normalizeDate(g.path("from").asText()).compareTo(normalized) <= 0) {
                chosen = g;
            }
        }
        if (chosen == null) {
            return new Generation(stack.path("baseGeneration").asText(""), stack);
        }
        return new Generation(chosen.path("label").asText(), merge(stack, chosen));
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");

    /** Leading yyyy[-mm[-dd]] of a free-text date, padded so strings compare in time order. */
    static String normalizeDate(String date) {
        if (date == null) {
            return null;
        }
        java.util.regex.Matcher m = DATE.matcher(date);
        if (!m.find()) {
            return null;
        }
        int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 31 : Integer.parseInt(m.group(3));
        return String.format("%s-%02d-%02d", m.group(1), month, day);
    }

    /** The stack's compute rates; experts in a format it runs on dedicated kernels skip its expert-specific factor. */
    private static ComputeEfficiency compute(KindTable family, JsonNode stack) {
        JsonNode scale = stack.path("computeEfficiencyScale");
        double generic = scale.isObject() ? scale.path("default").asDouble(1) : scale.asDouble(1);
        Set<Precision> fullRate = EnumSet.noneOf(Precision.class);
        stack.path("fullRateExpertWeights").forEach(p -> fullRate.add(Precision.parse(p.asText())));
        return new ComputeEfficiency(scaled(family, scale),
                family.scaled(generic).get(OperatorKind.EXPERT_GEMM), fullRate);
    }

    /** A stack's scale of a family's efficiencies: one number for every kind, or per kind with a default. */
    private static KindTable scaled(KindTable family, JsonNode scale) {
        if (!scale.isObject()) {
            return family.scaled(scale.asDouble(1));
        }
        Map<OperatorKind, Double> factors = new EnumMap<>(OperatorKind.class);
        for (OperatorKind kind : OperatorKind.values()) {
            if (scale.has(kind.name())) {
                factors.put(kind, scale.get(kind.name()).asDouble());
            }
        }
        return family.scaled(scale.path("default").asDouble(1), factors);
    }

    private static KindTable kinds(JsonNode node) {
        Map<OperatorKind, Double> overrides = new EnumMap<>(OperatorKind.class);
        for (OperatorKind kind : OperatorKind.values()) {
            if (node.has(kind.name())) {
                overrides.put(kind, node.get(kind.name()).asDouble());
            }
        }
        return KindTable.of(node.path("default").asDouble(), overrides);
    }

    /** Family costs, with the stack's own where it states them (collective calls) or scales them (layers). */
    private static Overheads overheads(JsonNode family, JsonNode stack) {
        double collectiveCall = stack.has("collectiveOverheadSeconds")
                ? stack.get("collectiveOverheadSeconds").asDouble() : family.path("collectiveOverheadSeconds").asDouble();
        return new Overheads(family.path("layerOverheadSeconds").asDouble() * stack.path("layerOverheadScale").asDouble(1),
                stack.path("stepOverheadSeconds").asDouble(), stack.path("stepOverheadPerSequenceSeconds").asDouble(),
                family.path("pipelineHopSeconds").asDouble(), family.path("collectiveLatencySeconds").asDouble(),
                collectiveCall);
    }

    private static StackSpeculation speculation(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return StackSpeculation.NONE;
        }
        SpeculativeDecoding settings = new SpeculativeDecoding(node.path("gamma").asInt(),
                node.path("acceptance").asDouble(), node.path("draftCostFraction").asDouble());
        return new StackSpeculation(settings, node.path("byDefault").asBoolean(true),
                node.path("staticBatches").asBoolean(true), node.path("draftOnDevice").asBoolean(true));
    }

    private static PlannerSettings planner(JsonNode p, JsonNode stack) {
        boolean expertParallel = stack.has("expertParallel")
                ? stack.get("expertParallel").asBoolean() : p.path("expertParallel").asBoolean();
        String lowBitKv = stack.path("lowBitWeightKv").asText("");
        return new PlannerSettings(stack.path("reserveFraction").asDouble(p.path("reserveFraction").asDouble()),
                stack.path("reserveOfFreeMemory").asBoolean(false), p.path("chipGranularity").asInt(1),
                p.path("powerOfTwoChips").asBoolean(), p.path("maxTensorParallel").asInt(8),
                p.path("maxChipsPerReplica").asInt(64), stack.path("prefillChunkTokens").asInt(8192), expertParallel,
                false, lowBitKv.isEmpty() ? null : Precision.parse(lowBitKv), stack.path("padsAttentionHeads").asBoolean(false));
    }

    /** The MoE layout the stack uses at maximum load (its throughput benchmark configuration). */
    private static PlannerSettings maxLoadPlanner(JsonNode p, JsonNode stack) {
        PlannerSettings latency = planner(p, stack);
        JsonNode moe = stack.path("maxLoadMoe");
        return latency.withMoeLayout(moe.path("expertParallel").asBoolean(latency.expertParallel()),
                moe.path("attentionDataParallel").asBoolean(false));
    }

    private static JsonNode merge(JsonNode base, JsonNode override) {
        ObjectNode merged = ((ObjectNode) base).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = override.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode existing = merged.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merged.set(e.getKey(), merge(existing, e.getValue()));
            } else if (!"generations".equals(e.getKey())) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return merged;
    }

    private static final class BuiltIn {
        static final EfficiencyTable TABLE = load();

        private static EfficiencyTable load() {
            InputStream in = EfficiencyTable.class.getClassLoader().getResourceAsStream(RESOURCE);
            return parse(Objects.requireNonNull(in, "missing resource " + RESOURCE), RESOURCE);
        }
    }
}
