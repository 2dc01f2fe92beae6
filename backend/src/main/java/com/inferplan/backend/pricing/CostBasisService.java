package com.inferplan.backend.pricing;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.costbasis.CostBasisRepository;
import com.inferplan.db.costbasis.CostBasisRow;
import com.inferplan.db.support.RetiredIds;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.catalog.TemplateEvaluation;
import com.inferplan.pricing.finance.CashFlowPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost feature's only API: bases people save (with author and version; a stale edit is
 * refused, never applied), the catalog's default bases and deal templates, and cost per token of
 * any of them under shared serving inputs, with P10/P50/P90 where inputs are uncertain. Saves need
 * the analyst role; the author is the signed-in user; every save and delete is audited.
 */
@Service
public class CostBasisService {

    static final int MAX_NAME_LENGTH = 200;
    private static final String ENTITY = "cost-basis";

    private final CostBasisRepository repository;
    private final RetiredIds retiredIds;
    private final AuditService audit;
    private final PricingCatalog catalog;
    private final HardwareService hardware;
    private final BuiltInBases builtIn;

    public CostBasisService(CostBasisRepository repository, RetiredIds retiredIds, AuditService audit,
                            PricingCatalog catalog, HardwareService hardware) {
        this.repository = repository;
        this.retiredIds = retiredIds;
        this.audit = audit;
        this.catalog = catalog;
        this.hardware = hardware;
        this.builtIn = new BuiltInBases(catalog, this::hardwareName);
    }

    public List<SavedCostBasis> saved() {
        return repository.findAll().stream().map(CostBasisService::toSaved).toList();
    }

    public SavedCostBasis requireSaved(String id) {
        return repository.find(id).map(CostBasisService::toSaved).orElseThrow(() -> notFound(id));
    }

    /** Saved bases first, then the catalog's defaults per hardware id, then the deal templates. */
    public List<PricedBasis> all() {
        return Stream.of(saved().stream().map(this::priced), builtIn.defaults().stream(), builtIn.deals().stream())
                .flatMap(s -> s).toList();
    }

    public PricedBasis resolve(String ref) {
        return resolve(BasisRef.parse(ref));
    }

    public PricedBasis resolve(BasisRef ref) {
        if (ref.origin() == BasisRef.Origin.SAVED) {
            return priced(requireSaved(ref.id()));
        }
        return builtIn.find(ref).orElseThrow(() -> new NotFoundException("no " + ref.origin().prefix()
                + " basis '" + ref.id() + "'"));
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedCostBasis create(BasisEntry entry) {
        requireValid(entry);
        for (int attempt = 1; ; attempt++) {
            String id = SavedIds.next(entry.name(),
                    taken -> repository.find(taken).isPresent() || retiredIds.isRetired(taken, ENTITY));
            try {
                CostBasisRow row = repository.insert(id, entry.name().trim(),
                        CostBasisFormat.typeOf(entry.spec().basis()), blankToNull(entry.hardwareId()),
                        CostBasisFormat.write(entry.spec()), CurrentUser.name());
                audit.record("create", AuditedChange.created(ENTITY, id, row.version(), row));
                return toSaved(row);
            } catch (DataIntegrityViolationException e) {
                // Someone saved a basis of the same name between the look-up and the insert: take the next id.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Saves over the version the editor read. Statuses of the stored values (reported, assumed) stay
     * on the values left unchanged unless the entry brings its own.
     */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedCostBasis update(String id, BasisEntry entry, int expectedVersion) {
        CostBasisRow before = repository.find(id).orElseThrow(() -> notFound(id));
        requireValid(entry);
        BasisSpec spec = entry.spec().provenance().isEmpty()
                ? entry.spec().withProvenanceCarriedFrom(CostBasisFormat.read(before.basisJson())) : entry.spec();
        CostBasisRow after = EditConflictException.translating(() -> repository.update(id, entry.name().trim(),
                CostBasisFormat.typeOf(spec.basis()), blankToNull(entry.hardwareId()), CostBasisFormat.write(spec),
                CurrentUser.name(), expectedVersion));
        audit.record("update", AuditedChange.updated(ENTITY, id, after.version(), before, after));
        return toSaved(after);
    }

    /** A new saved basis with the same figures as any basis, saved or built-in, named "Copy of ...". */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedCostBasis copy(String ref) {
        PricedBasis source = resolve(ref);
        String name = ("Copy of " + source.name());
        return create(new BasisEntry(name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH)),
                source.hardwareId(), source.spec()));
    }

    /**
     * Deletes the basis if it is still at {@code expectedVersion} (checked by the delete statement);
     * someone's newer save is never discarded unseen, and the id is never given out again.
     */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public void delete(String id, int expectedVersion) {
        CostBasisRow before = repository.find(id).orElseThrow(() -> notFound(id));
        if (!EditConflictException.translating(() -> repository.delete(id, expectedVersion))) {
            throw notFound(id);
        }
        retiredIds.retire(id, ENTITY);
        audit.record("delete", AuditedChange.deleted(ENTITY, id, expectedVersion, before));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no saved cost basis with id '" + id + "'");
    }

    public CostEstimate estimate(BasisSpec spec, ServingInputs serving, SpreadSettings settings) {
        return CostEstimator.estimate(spec, serving, settings);
    }

    public CostEstimate estimate(PricedBasis basis, ServingInputs serving) {
        return CostEstimator.estimate(basis.spec(), serving, SpreadSettings.DEFAULT);
    }

    /** The output cost at the given inputs without spread or explanation (cheap enough for every row of a list). */
    public double usdPerMillionOutputTokens(PricedBasis basis, ServingInputs serving) {
        return CostEstimator.usdPerMillionOutputTokens(basis.spec().basis(), serving);
    }

    public List<CostEstimator.UtilizationPoint> utilizationCurve(PricedBasis basis, ServingInputs serving) {
        return CostEstimator.utilizationCurve(basis.spec().basis(), serving);
    }

    public List<DealTemplate> dealTemplates() {
        return catalog.deals();
    }

    public DealTemplate dealTemplate(String id) {
        return catalog.deals().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no deal template '" + id + "'; known: "
                        + catalog.deals().stream().map(DealTemplate::id).toList()));
    }

    /** The template at {@code utilization} of its committed capacity, with NPV against on-demand where defined. */
    public TemplateEvaluation evaluateDeal(String id, double utilization, double discountRateAnnual,
                                           CashFlowPeriod period) {
        dealTemplate(id);
        return PricingErrors.fieldsUnder("", () -> {
            Require.utilization("utilization", utilization);
            Require.annualRate("discountRate", discountRateAnnual);
            return catalog.evaluateDeal(id, utilization, period, discountRateAnnual);
        });
    }

    /**
     * Any partner-deal basis at {@code utilization} of its committed capacity: a template as the
     * catalog evaluates it; a saved deal against its hardware's default on-demand price where one exists.
     */
    public DealOutcome evaluateDeal(PricedBasis basis, double utilization) {
        if (!(basis.spec().basis() instanceof PartnerDeal deal)) {
            throw new InvalidInputException("basisRef", basis.ref().toString(), "is not a partner deal");
        }
        if (basis.ref().origin() == BasisRef.Origin.DEAL_TEMPLATE) {
            TemplateEvaluation t = evaluateDeal(basis.ref().id(), utilization, defaultDiscountRate(),
                    CashFlowPeriod.YEAR);
            return new DealOutcome(t.evaluation(), t.comparisonNote());
        }
        return SavedDeals.evaluate(catalog, basis, deal, utilization, defaultDiscountRate());
    }

    /** Discount rate used when none is given: the cost of capital the catalog assumes for owned hardware. */
    public double defaultDiscountRate() {
        return catalog.ownedAssumptions().costOfCapitalAnnual().base();
    }

    public String hardwareName(String hardwareId) {
        return hardware.catalog().find(hardwareId).map(a -> a.vendor() + " " + a.name()).orElse(hardwareId);
    }

    public List<String> hardwareIds() {
        return hardware.catalog().all().stream().map(a -> a.id()).sorted().toList();
    }

    private PricedBasis priced(SavedCostBasis saved) {
        return new PricedBasis(saved.ref(), saved.name(), saved.hardwareId(), saved.spec(), List.of(),
                "Saved by " + saved.createdBy() + "; version " + saved.version() + ", last changed by "
                        + saved.updatedBy() + ".");
    }

    private void requireValid(BasisEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.name() == null || entry.name().isBlank()) {
            problems.add(new FieldProblem("name", entry.name(), "must not be blank"));
        } else if (entry.name().trim().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", entry.name(), "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        String hardwareId = blankToNull(entry.hardwareId());
        if (hardwareId != null && hardware.catalog().find(hardwareId).isEmpty()) {
            problems.add(new FieldProblem("hardwareId", hardwareId, "is not in the hardware catalog"));
        }
        if (entry.spec() == null) {
            problems.add(new FieldProblem("basis", null, "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static SavedCostBasis toSaved(CostBasisRow row) {
        return new SavedCostBasis(row.id(), row.name(), row.hardwareId(), CostBasisFormat.read(row.basisJson()),
                row.createdBy(), row.createdAt(), row.updatedBy(), row.updatedAt(), row.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
