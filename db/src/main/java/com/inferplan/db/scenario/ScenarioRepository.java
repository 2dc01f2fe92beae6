package com.inferplan.db.scenario;

import static com.inferplan.db.jooq.Tables.SCENARIO;
import static com.inferplan.db.jooq.Tables.SCENARIO_VERSION;

import com.inferplan.db.support.VersionedDocumentRepository;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Scenarios and their history (V4). Every save appends a version; saves check the version read. */
@Repository
public class ScenarioRepository extends VersionedDocumentRepository {

    public ScenarioRepository(DSLContext dsl) {
        super(dsl, "scenario", SCENARIO, SCENARIO_VERSION, "scenario_id");
    }
}
