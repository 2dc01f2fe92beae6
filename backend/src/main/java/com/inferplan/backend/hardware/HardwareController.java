package com.inferplan.backend.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.CatalogJson;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Catalog entries as the catalog's own JSON format, so every figure keeps its source and status. */
@RestController
@RequestMapping(path = "/api/v1/hardware", produces = MediaType.APPLICATION_JSON_VALUE)
public class HardwareController {

    private final HardwareService service;
    private final ObjectMapper mapper;

    public HardwareController(HardwareService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GetMapping
    public List<JsonNode> list(@RequestParam(required = false) String vendor,
                               @RequestParam(required = false) String kind,
                               @RequestParam(required = false) String memory,
                               @RequestParam(required = false) String q) {
        return service.list(new HardwareQuery(vendor, kind, memory, q)).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    public JsonNode get(@PathVariable String id) {
        return json(service.require(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public JsonNode create(@RequestBody CustomHardwareDraft draft) {
        draft.setVersion(0);
        return json(service.saveCustom(draft));
    }

    private JsonNode json(Accelerator a) {
        try {
            return mapper.readTree(CatalogJson.write(a));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("catalog JSON of " + a.id() + " is unreadable", e);
        }
    }
}
