package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.SpeculativeDecoding;
import java.util.List;
import java.util.Optional;

/**
 * Decode timing with or without speculative decoding for one request. A catalog draft is priced by
 * its own decode step on its fewest-chip deployment of the same hardware; where the stack runs the
 * draft loop on the device (Neuron fused speculation, TensorRT-LLM and vLLM draft loops under CUDA
 * graphs) without the per-step host cost, which the host then pays once per cycle, inside the
 * verification step. A draft the catalog lacks is priced at the stack's default
 * draft cost. Unless the request fixes it, the draft length is the one up to the stack's longest
 * that decodes fastest. Where the stack's default would not pay, it runs plain decoding.
 */
final class SpeculativeTiming {

    private final SpeculativeResolver resolver;
    private final PerformanceModels models;

    SpeculativeTiming(ModelCatalog catalog, PerformanceModels models) {
        this.resolver = new SpeculativeResolver(catalog);
        this.models = models;
    }

    DecodeTiming of(EvaluationRequest r, PerformanceModel model, Efficiencies eff, List<String> notes) {
        Optional<SpeculativeDecoding> settings = resolver.settings(r.speculative(), eff, r.model(), r.load());
        DecodeTiming off = new DecodeTiming(model, null);
        if (settings.isEmpty()) {
            return off;
        }
        SpeculativeDecoding sd = settings.get();
        Optional<ModelArchitecture> draft = resolver.draft(r.speculative(), r.model());
        sd = sd.withDraftCostFraction(draft.isPresent()
                ? draftCostFraction(r, model, eff, draft.get(), sd)
                : assumedDraftCostFraction(r, model, eff, sd));
        double context = r.inputTokens() + r.outputTokens() / 2.0;
        int batch = r.load() == LoadMode.MAX ? 1 : r.concurrency();
        if (r.speculative().gamma() == null) {
            sd = fastestDraftLength(sd, model, batch, context);
        }
        DecodeTiming on = new DecodeTiming(model, sd);
        if (r.speculative().enabled() == null
                && on.perToken(batch, context).seconds() >= off.perToken(batch, context).seconds()) {
            notes.add("speculative decoding would not pay here; the stack runs without it");
            return off;
        }
        notes.add(String.format("speculative decoding: draft %s, γ = %d, α = %.2f, draft step = %.2f of a target step, "
                        + "%.2f tokens per target step",
                draft.map(ModelArchitecture::id).orElse(MtpDraft.applies(r.speculative(), r.model())
                        ? MtpDraft.describe(r.model()) : "(none in the catalog: the stack's default draft cost)"),
                sd.gamma(), sd.acceptance(), sd.draftCostFraction(), sd.tokensPerTargetStep()));
        return on;
    }

    /**
     * Stacks tune the speculation length per model (a cheap draft and a costly target favour long
     * drafts): the γ up to the stack's longest that gives the shortest time per token.
     */
    private static SpeculativeDecoding fastestDraftLength(SpeculativeDecoding longest, PerformanceModel model,
                                                          int batch, double context) {
        SpeculativeDecoding best = longest;
        double bestSeconds = Double.MAX_VALUE;
        for (int gamma = 1; gamma <= longest.gamma(); gamma++) {
            SpeculativeDecoding candidate = longest.withGamma(gamma);
            double seconds = new DecodeTiming(model, candidate).perToken(batch, context).seconds();
            if (seconds < bestSeconds) {
                best = candidate;
                bestSeconds = seconds;
            }
        }
        return best;
    }

    /**
     * A draft the catalog lacks costs the stack's default share of a target step, and never less
     * than the host step it pays per draft token where the stack does not draft on the device.
     */
    private static double assumedDraftCostFraction(EvaluationRequest r, PerformanceModel target, Efficiencies eff,
                                                   SpeculativeDecoding stackDefault) {
        if (eff.speculation().draftOnDevice()) {
            return stackDefault.draftCostFraction();
        }
        double ctx = (r.inputTokens() + r.outputTokens()) / 2.0;
        double host = eff.overheads().stepSeconds(0, 1);
        return Math.min(1, Math.max(stackDefault.draftCostFraction(), host / target.decodeStep(1, ctx).seconds()));
    }

    private double draftCostFraction(EvaluationRequest r, PerformanceModel target, Efficiencies eff,
                                     ModelArchitecture draft, SpeculativeDecoding stackDefault) {
        int context = Math.min(draft.maxContext(), r.inputTokens() + r.outputTokens());
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(draft, r.hardware(), null, null, null, null,
                null, null, 1, context, r.goal(), eff.planner()));
        if (!plan.fits()) {
            return stackDefault.draftCostFraction();
        }
        double ctx = context / 2.0;
        double draftStep = models.of(plan, eff).decodeStep(1, ctx).seconds();
        if (eff.speculation().draftOnDevice()) {
            draftStep = Math.max(0, draftStep - eff.overheads().stepSeconds(0, 1));
        }
        return Math.min(1, draftStep / target.decodeStep(1, ctx).seconds());
    }
}
