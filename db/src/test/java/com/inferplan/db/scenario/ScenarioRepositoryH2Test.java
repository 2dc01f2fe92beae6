package com.inferplan.db.scenario;

/** On the in-memory H2 of src/test/resources/application.properties. */
class ScenarioRepositoryH2Test extends ScenarioRepositoryTestBase {
}
