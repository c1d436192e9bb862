package dev.revgraph.sample.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /audit}: the latest entries of the audit log. */
@RestController
public class AuditController {

    private final AuditTrail audit;

    public AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    public List<AuditTrail.Entry> recent(@RequestParam(defaultValue = "20") int limit) {
        return this.audit.recent(Math.min(Math.max(limit, 1), 100));
    }
}
