package com.inferplan.backend.serving;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/agentic-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgenticTaskController {

    private final AgenticTaskService service;

    public AgenticTaskController(AgenticTaskService service) {
        this.service = service;
    }

    /** Minutes, tokens and USD per task and per solved task for each option; 400 with field errors otherwise. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public AgenticComparison compare(@RequestBody AgenticTaskRequest request) {
        return service.compare(request);
    }
}
