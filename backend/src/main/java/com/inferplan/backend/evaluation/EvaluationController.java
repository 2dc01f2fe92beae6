package com.inferplan.backend.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationJson;
import com.inferplan.engine.evaluation.ParetoPoint;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
public class EvaluationController {

    private final EvaluationService service;

    public EvaluationController(EvaluationService service) {
        this.service = service;
    }

    /**
     * One deployment: TTFT, TPOT, per-user speed, throughput, bottleneck; or fits=false with the reason.
     * A disaggregated one also echoes its pools and the chips of both ({@code deployment} is a decode worker).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode evaluate(@RequestBody EvaluationQuery query) {
        Evaluation e = service.evaluate(query);
        ObjectNode json = EvaluationJson.toJson(e);
        DisaggregatedQuery d = query.disaggregated();
        if (d != null) {
            ObjectNode pools = json.putObject("disaggregated");
            pools.put("prefillHardware", d.prefillHardware());
            pools.put("prefillWorkers", d.prefillWorkers());
            pools.put("decodeWorkers", d.decodeWorkers());
            if (e.fits()) {
                pools.put("chips", e.chipsServing());
            }
        }
        return json;
    }

    /** Pareto frontier of tokens/s per chip against tokens/s per user over layouts and batch sizes. */
    @PostMapping(path = "/frontier", consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<ParetoPoint> frontier(@RequestBody EvaluationQuery query,
                                      @RequestParam(defaultValue = "64") int maxChips,
                                      @RequestParam(defaultValue = "256") int maxBatch) {
        return service.frontier(query, maxChips, maxBatch);
    }
}
