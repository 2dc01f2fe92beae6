package com.inferplan.db.costbasis;

/** On the in-memory H2 of src/test/resources/application.properties. */
class CostBasisRepositoryH2Test extends CostBasisRepositoryTestBase {
}
