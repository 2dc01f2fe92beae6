package com.inferplan.backend.serving;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/simulations", produces = MediaType.APPLICATION_JSON_VALUE)
public class SimulationController {

    private final LoadTestService service;

    public SimulationController(LoadTestService service) {
        this.service = service;
    }

    /**
     * Simulates the request synchronously (at most {@code WorkloadShape.MAX_REQUESTS} requests, a few
     * seconds) and answers the {@code simulate} CLI command's JSON; 400 with field errors when the input
     * is invalid or the deployment does not fit.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode simulate(@RequestBody SimulationRequest request) {
        return service.simulate(request);
    }
}
