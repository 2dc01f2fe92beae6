package com.inferplan.db.scenario;

import static com.inferplan.db.jooq.Tables.SCENARIO;
import static com.inferplan.db.jooq.Tables.SCENARIO_VERSION;

import com.inferplan.db.jooq.tables.records.ScenarioRecord;
import com.inferplan.db.support.StaleVersionException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Scenarios and their history. Every save appends a version; saves check the version read. */
@Repository
public class ScenarioRepository {

    private final DSLContext dsl;

    public ScenarioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ScenarioRow> findAll() {
        return dsl.selectFrom(SCENARIO).orderBy(SCENARIO.UPDATED_AT.desc()).fetch(ScenarioRepository::toRow);
    }

    public Optional<ScenarioRow> find(String id) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(id)).fetchOptional(ScenarioRepository::toRow);
    }

    @Transactional
    public ScenarioRow insert(String id, String name, String stateJson, String author) {
        LocalDateTime now = LocalDateTime.now();
        dsl.insertInto(SCENARIO)
                .set(SCENARIO.ID, id).set(SCENARIO.NAME, name).set(SCENARIO.STATE_JSON, stateJson)
                .set(SCENARIO.CREATED_BY, author).set(SCENARIO.CREATED_AT, now)
                .set(SCENARIO.UPDATED_BY, author).set(SCENARIO.UPDATED_AT, now).set(SCENARIO.VERSION, 1)
                .execute();
        appendVersion(id, 1, name, stateJson, author, now);
        return find(id).orElseThrow();
    }

    /** Saves a new state over {@code expectedVersion}; throws if someone saved in between. */
    @Transactional
    public ScenarioRow update(String id, String name, String stateJson, String author, int expectedVersion) {
        LocalDateTime now = LocalDateTime.now();
        int changed = dsl.update(SCENARIO)
                .set(SCENARIO.NAME, name).set(SCENARIO.STATE_JSON, stateJson)
                .set(SCENARIO.UPDATED_BY, author).set(SCENARIO.UPDATED_AT, now)
                .set(SCENARIO.VERSION, expectedVersion + 1)
                .where(SCENARIO.ID.eq(id).and(SCENARIO.VERSION.eq(expectedVersion)))
                .execute();
        if (changed == 0) {
            throw new StaleVersionException("scenario", id, expectedVersion);
        }
        appendVersion(id, expectedVersion + 1, name, stateJson, author, now);
        return find(id).orElseThrow();
    }

    /**
     * Deletes the scenario (and its history) only if it is still at {@code expectedVersion}: the
     * version is checked by the statement itself. False when there is no such scenario.
     *
     * @throws StaleVersionException when someone saved a newer version
     */
    @Transactional
    public boolean delete(String id, int expectedVersion) {
        int deleted = dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id).and(SCENARIO.VERSION.eq(expectedVersion)))
                .execute();
        if (deleted == 0 && find(id).isPresent()) {
            throw new StaleVersionException("scenario", id, expectedVersion);
        }
        return deleted > 0;
    }

    public List<ScenarioVersionRow> versions(String id) {
        return dsl.selectFrom(SCENARIO_VERSION).where(SCENARIO_VERSION.SCENARIO_ID.eq(id))
                .orderBy(SCENARIO_VERSION.VERSION.desc())
                .fetch(r -> new ScenarioVersionRow(r.getScenarioId(), r.getVersion(), r.getName(), r.getStateJson(),
                        r.getSavedBy(), r.getSavedAt()));
    }

    private void appendVersion(String id, int version, String name, String stateJson, String author, LocalDateTime at) {
        dsl.insertInto(SCENARIO_VERSION)
                .set(SCENARIO_VERSION.SCENARIO_ID, id).set(SCENARIO_VERSION.VERSION, version)
                .set(SCENARIO_VERSION.NAME, name).set(SCENARIO_VERSION.STATE_JSON, stateJson)
                .set(SCENARIO_VERSION.SAVED_BY, author).set(SCENARIO_VERSION.SAVED_AT, at)
                .execute();
    }

    private static ScenarioRow toRow(ScenarioRecord r) {
        return new ScenarioRow(r.getId(), r.getName(), r.getStateJson(), r.getCreatedBy(), r.getCreatedAt(),
                r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
