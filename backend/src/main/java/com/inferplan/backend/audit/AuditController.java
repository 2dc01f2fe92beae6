package com.inferplan.backend.audit;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over REST (admins): newest first, filtered by actor, entity, action or text. */
@RestController
@RequestMapping(path = "/api/v1/audit")
public class AuditController {

    private final AuditService service;

    public AuditController(AuditService service) {
        this.service = service;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AuditEvent> list(@RequestParam(required = false) String actor,
                                 @RequestParam(required = false) String entity,
                                 @RequestParam(required = false) String action,
                                 @RequestParam(required = false) String text,
                                 @RequestParam(defaultValue = "500") int limit) {
        return service.find(new AuditFilter(actor, entity, action, text, limit));
    }

    @GetMapping(produces = "text/csv")
    public String csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String entity,
                      @RequestParam(required = false) String action, @RequestParam(required = false) String text,
                      @RequestParam(defaultValue = "5000") int limit) {
        return AuditCsv.of(service.find(new AuditFilter(actor, entity, action, text, limit)));
    }
}
