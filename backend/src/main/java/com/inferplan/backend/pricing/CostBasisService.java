package com.inferplan.backend.pricing;

import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.costbasis.CostBasisRepository;
import com.inferplan.db.costbasis.CostBasisRow;
import com.inferplan.db.support.StaleVersionException;
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
import org.springframework.stereotype.Service;

/**
 * The cost feature's only API: bases people save (with author and version; a stale edit is
 * refused, never applied), the catalog's default bases and deal templates, and cost per token of
 * any of them under shared serving inputs, with P10/P50/P90 where inputs are uncertain.
 */
@Service
public class CostBasisService {

    static final int MAX_NAME_LENGTH = 200;

    private final CostBasisRepository repository;
    private final PricingCatalog catalog;
    private final HardwareService hardware;
    private final BuiltInBases builtIn;

    public CostBasisService(CostBasisRepository repository, PricingCatalog catalog, HardwareService hardware) {
        this.repository = repository;
        this.catalog = catalog;
        this.hardware = hardware;
        this.builtIn = new BuiltInBases(catalog, this::hardwareName);
    }

    public List<SavedCostBasis> saved() {
        return repository.findAll().stream().map(CostBasisService::toSaved).toList();
    }

    public SavedCostBasis requireSaved(String id) {
        return repository.find(id).map(CostBasisService::toSaved)
                .orElseThrow(() -> new NotFoundException("no saved cost basis with id '" + id + "'"));
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

    public SavedCostBasis create(BasisEntry entry, String author) {
        requireValid(entry);
        for (int attempt = 1; ; attempt++) {
            String id = SavedIds.next(entry.name(), taken -> repository.find(taken).isPresent());
            try {
                return toSaved(repository.insert(id, entry.name().trim(), CostBasisFormat.typeOf(entry.spec().basis()),
                        blankToNull(entry.hardwareId()), CostBasisFormat.write(entry.spec()), author));
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
    public SavedCostBasis update(String id, BasisEntry entry, int expectedVersion, String author) {
        SavedCostBasis current = requireSaved(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("cost basis", id, expectedVersion);
        }
        requireValid(entry);
        BasisSpec spec = entry.spec().provenance().isEmpty()
                ? entry.spec().withProvenanceCarriedFrom(current.spec()) : entry.spec();
        return toSaved(repository.update(id, entry.name().trim(), CostBasisFormat.typeOf(spec.basis()),
                blankToNull(entry.hardwareId()), CostBasisFormat.write(spec), author, expectedVersion));
    }

    /** A new saved basis with the same figures as any basis, saved or built-in, named "Copy of ...". */
    public SavedCostBasis copy(String ref, String author) {
        PricedBasis source = resolve(ref);
        String name = ("Copy of " + source.name());
        return create(new BasisEntry(name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH)),
                source.hardwareId(), source.spec()), author);
    }

    /** Deletes the basis if it is still at {@code expectedVersion}; someone's newer save is never discarded unseen. */
    public void delete(String id, int expectedVersion) {
        if (requireSaved(id).version() != expectedVersion) {
            throw new StaleVersionException("cost basis", id, expectedVersion);
        }
        repository.delete(id);
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
