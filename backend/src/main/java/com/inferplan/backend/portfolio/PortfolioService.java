package com.inferplan.backend.portfolio;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.DocumentCodec;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.backend.support.SavedDocuments;
import com.inferplan.backend.work.WorkGate;
import com.inferplan.db.portfolio.PortfolioRepository;
import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.RetiredIds;
import com.inferplan.engine.serving.ProgressListener;
import com.inferplan.engine.serving.RunControl;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio feature's only API: optimised answers for a portfolio (saved or not), the built-in
 * example, and saving with history and edit-conflict detection like scenarios. Each pool's capacity for
 * a tier comes from the explorer's serving simulation through {@link ScenarioService#fleetReplica}, which
 * caches it, so a what-if on prices, caps or demand re-optimises without re-simulating.
 */
@Service
public class PortfolioService {

    public static final DocumentCodec<Portfolio> CODEC = new DocumentCodec<>(Portfolio.class, "portfolio", 16_384);

    private final SavedDocuments documents;
    private final PortfolioCalculator calculator;
    private final WorkGate gate;

    public PortfolioService(PortfolioRepository repository, RetiredIds retiredIds, AuditService audit,
                            ScenarioService scenarios, HardwareService hardware, WorkGate gate) {
        this.documents = new SavedDocuments(repository, retiredIds, audit, "portfolio", "pf-");
        this.gate = gate;
        this.calculator = new PortfolioCalculator(PoolOptions.of(scenarios), id -> hardware.catalog().find(id));
    }

    /** @throws com.inferplan.engine.serving.SimulationCancelledException once {@code cancelled} says so */
    public PortfolioAnswer answer(Portfolio portfolio, BooleanSupplier cancelled) {
        return calculator.answer(portfolio, new RunControl(ProgressListener.NONE, cancelled));
    }

    /** For API callers: within the caller's and the server's computation limits and time budget. */
    public PortfolioAnswer answerWithinLimits(Portfolio portfolio) {
        // The calculator validates first thing: an invalid spec leaves the work slot within milliseconds.
        return gate.run("optimising this portfolio", cancelled -> answer(portfolio, cancelled));
    }

    public void validate(Portfolio portfolio) {
        calculator.validate(portfolio);
    }

    public Portfolio example(String id) {
        if (!PortfolioExample.ID.equals(id)) {
            throw new NotFoundException("no built-in portfolio '" + id + "'; known: " + PortfolioExample.ID);
        }
        return PortfolioExample.codexSpark();
    }

    public List<PortfolioSummary> list() {
        return documents.list().stream()
                .map(r -> new PortfolioSummary(r.id(), r.name(), r.version(), r.updatedBy(), r.updatedAt())).toList();
    }

    public SavedPortfolio get(String id) {
        return saved(documents.get(id));
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedPortfolio create(String name, Portfolio portfolio) {
        validate(portfolio);
        return saved(documents.create(name, CODEC.toJson(portfolio)));
    }

    /** Saves over {@code basedOnVersion}; a later save by someone else makes this fail, never overwrite. */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedPortfolio save(String id, String name, Portfolio portfolio, int basedOnVersion) {
        validate(portfolio);
        return saved(documents.save(id, name, CODEC.toJson(portfolio), basedOnVersion));
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public void delete(String id, int basedOnVersion) {
        documents.delete(id, basedOnVersion);
    }

    public List<PortfolioVersion> versions(String id) {
        return documents.versions(id).stream().map(v -> new PortfolioVersion(v.documentId(), v.version(), v.name(),
                v.savedBy(), v.savedAt(), CODEC.fromJson(v.stateJson()))).toList();
    }

    private static SavedPortfolio saved(DocumentRow r) {
        return new SavedPortfolio(r.id(), r.name(), r.version(), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), CODEC.fromJson(r.stateJson()));
    }
}
