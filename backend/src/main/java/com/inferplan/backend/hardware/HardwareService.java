package com.inferplan.backend.hardware;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.DraftValidator;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.DuplicateIdException;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.CatalogJson;
import com.inferplan.catalog.CatalogValidationException;
import com.inferplan.catalog.CatalogValidator;
import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.db.hardware.CustomHardwareRepository;
import com.inferplan.db.hardware.CustomHardwareRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hardware feature's only API: the built-in catalog merged with the custom entries stored in
 * the database. A custom entry is validated by the same rules as the built-in files before it is
 * stored; an invalid one is rejected whole and nothing already saved changes. Saving needs the
 * analyst role and is audited.
 */
@Service
public class HardwareService {

    private static final String ENTITY = "hardware";

    private final HardwareCatalog builtIn;
    private final AuditService audit;
    private final CustomHardwareRepository repository;
    private final DraftValidator draftValidator;
    private volatile HardwareCatalog merged;

    public HardwareService(HardwareCatalog builtIn, CustomHardwareRepository repository, DraftValidator draftValidator,
                           AuditService audit) {
        this.builtIn = builtIn;
        this.audit = audit;
        this.repository = repository;
        this.draftValidator = draftValidator;
    }

    public HardwareCatalog catalog() {
        HardwareCatalog current = merged;
        if (current == null) {
            current = builtIn.withUserEntries(repository.findAll().stream()
                    .map(row -> CatalogJson.read(row.entryJson())).toList());
            merged = current;
        }
        return current;
    }

    public List<Accelerator> list(HardwareQuery query) {
        return catalog().all().stream().filter(query::matches)
                .sorted(Comparator.comparing(Accelerator::vendor).thenComparing(Accelerator::name)).toList();
    }

    public Accelerator require(String id) {
        return catalog().find(id).orElseThrow(() -> new NotFoundException("no hardware with id '" + id + "'"));
    }

    public List<String> vendors() {
        return catalog().all().stream().map(Accelerator::vendor).distinct().sorted().toList();
    }

    /** Adds a custom accelerator (version 0) or updates one at the version it was read. */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public Accelerator saveCustom(CustomHardwareDraft draft) {
        String author = CurrentUser.name();
        draftValidator.requireValid(draft);
        if (builtIn.find(draft.getId()).isPresent()) {
            throw new InvalidInputException("id", draft.getId(), "is a built-in catalog entry; choose another id");
        }
        Accelerator entry = CustomHardwareMapper.toAccelerator(draft);
        requirePlausible(entry);
        CustomHardwareRow row = new CustomHardwareRow(entry.id(), entry.vendor(), entry.name(), entry.kind().label(),
                null, CatalogJson.write(entry), draft.getSourceTitle(), draft.getSourceUrl(), draft.getStatus(),
                author, null, author, null, draft.getVersion());
        Optional<CustomHardwareRow> before = repository.find(entry.id());
        if (draft.getVersion() == 0 && before.isPresent()) {
            throw new DuplicateIdException("id", draft.getId(), "is already used by a custom entry");
        }
        EditConflictException.translating(() -> draft.getVersion() == 0 ? repository.insert(row)
                : repository.update(row));
        CustomHardwareRow after = repository.find(entry.id()).orElseThrow();
        audit.record(before.isEmpty() ? "create" : "update", new AuditedChange(ENTITY, entry.id(), after.version(),
                before.orElse(null), after, null));
        merged = null;
        return require(entry.id());
    }

    public List<CustomHardwareRow> customRows() {
        return repository.findAll();
    }

    private static void requirePlausible(Accelerator entry) {
        try {
            CatalogValidator.requireValidUserEntry(entry);
        } catch (CatalogValidationException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> new FieldProblem(CatalogFieldNames.draftField(err.field()), null, err.message()))
                    .toList());
        }
    }
}
