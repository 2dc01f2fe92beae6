package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.tokens.WorkloadMix;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/costs}: USD per million output, input and blended tokens with formula and inputs. */
@RestController
@RequestMapping(path = "/api/v1/costs", produces = MediaType.APPLICATION_JSON_VALUE)
public class CostController {

    private final CostBasisService service;

    public CostController(CostBasisService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "USD per million tokens of a basis, with P10/P50/P90 when inputs are uncertain",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CostRequest.class))))
    public JsonNode estimate(@RequestBody JsonNode body) {
        CostRequest request = CostRequest.from(body);
        requireServingInputs(request);
        BasisSpec spec = spec(request);
        ServingInputs serving = PricingErrors.fieldsUnder("", () -> new ServingInputs(request.tokensPerSecond(),
                request.inputTokensPerSecond(), request.utilization(), mix(request)));
        SpreadSettings settings = PricingErrors.fieldsUnder("", () -> new SpreadSettings(
                request.draws() == null ? SpreadSettings.DEFAULT.draws() : request.draws(),
                request.seed() == null ? SpreadSettings.DEFAULT.seed() : request.seed()));
        ObjectNode result = CostEstimateJson.of(PricingErrors.fieldsUnder("",
                () -> service.estimate(spec, serving, settings)));
        if (request.basisRef() != null) {
            result.put("basisRef", request.basisRef());
        }
        return result;
    }

    private BasisSpec spec(CostRequest request) {
        long given = Stream.of(request.basis(), request.basisRef(), request.usdPerChipHour())
                .filter(v -> v != null).count();
        if (given != 1) {
            throw new InvalidInputException("basis", null,
                    "give exactly one of basis (a basis document), basisRef or usdPerChipHour");
        }
        if (request.basis() != null) {
            return CostBasisFormat.fromTree(request.basis(), request.uncertainty(), null);
        }
        BasisSpec base = request.basisRef() != null ? service.resolve(request.basisRef()).spec()
                : BasisSpec.certain(PricingErrors.fieldsUnder("", () -> new OnDemand(request.usdPerChipHour())));
        if (request.uncertainty() == null) {
            return base;
        }
        var spread = CostBasisFormat.uncertaintyFromTree(request.uncertainty());
        return PricingErrors.fieldsUnder("uncertainty", () -> new BasisSpec(base.basis(), spread, base.provenance()));
    }

    private static void requireServingInputs(CostRequest request) {
        List<FieldProblem> missing = new ArrayList<>();
        if (request.tokensPerSecond() == null) {
            missing.add(new FieldProblem("tokensPerSecond", null, "is required: output tokens per second per chip"));
        }
        if (request.utilization() == null) {
            missing.add(new FieldProblem("utilization", null, "is required: the share of provisioned time in use,"
                    + " in (0, 1]"));
        }
        if ((request.inputTokensPerRequest() == null) != (request.outputTokensPerRequest() == null)) {
            missing.add(new FieldProblem(request.inputTokensPerRequest() == null ? "inputTokensPerRequest"
                    : "outputTokensPerRequest", null, "give both tokens-per-request figures, or inputOutputRatio"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    private static WorkloadMix mix(CostRequest request) {
        double cached = request.cachedInputFraction() == null ? 0 : request.cachedInputFraction();
        if (request.inputTokensPerRequest() != null) {
            return new WorkloadMix(request.inputTokensPerRequest(), request.outputTokensPerRequest(), cached);
        }
        WorkloadMix ratio = ServingInputs.mixOfRatio(request.inputOutputRatio() == null
                ? ServingInputs.DEFAULT_INPUT_OUTPUT_RATIO : request.inputOutputRatio());
        return new WorkloadMix(ratio.inputTokensPerRequest(), ratio.outputTokensPerRequest(), cached);
    }
}
