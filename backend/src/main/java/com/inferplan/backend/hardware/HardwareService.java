package com.inferplan.backend.hardware;

import com.inferplan.backend.support.DraftValidator;
import com.inferplan.backend.support.FieldProblem;
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
import org.springframework.stereotype.Service;

/**
 * The hardware feature's only API: the built-in catalog merged with the custom entries stored in
 * the database. A custom entry is validated by the same rules as the built-in files before it is
 * stored; an invalid one is rejected whole and nothing already saved changes.
 */
@Service
public class HardwareService {

    private final HardwareCatalog builtIn;
    private final CustomHardwareRepository repository;
    private final DraftValidator draftValidator;
    private volatile HardwareCatalog merged;

    public HardwareService(HardwareCatalog builtIn, CustomHardwareRepository repository, DraftValidator draftValidator) {
        this.builtIn = builtIn;
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
    public Accelerator saveCustom(CustomHardwareDraft draft, String author) {
        draftValidator.requireValid(draft);
        if (builtIn.find(draft.getId()).isPresent()) {
            throw new InvalidInputException("id", draft.getId(), "is a built-in catalog entry; choose another id");
        }
        Accelerator entry = CustomHardwareMapper.toAccelerator(draft);
        requirePlausible(entry);
        CustomHardwareRow row = new CustomHardwareRow(entry.id(), entry.vendor(), entry.name(), entry.kind().label(),
                null, CatalogJson.write(entry), draft.getSourceTitle(), draft.getSourceUrl(), draft.getStatus(),
                author, null, author, null, draft.getVersion());
        boolean exists = repository.find(entry.id()).isPresent();
        if (draft.getVersion() == 0 && exists) {
            throw new InvalidInputException("id", draft.getId(), "is already used by a custom entry");
        }
        if (draft.getVersion() == 0) {
            repository.insert(row);
        } else {
            repository.update(row);
        }
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
