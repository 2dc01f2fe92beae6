package com.inferplan.db.model;

/** On the in-memory H2 of src/test/resources/application.properties. */
class CustomModelRepositoryH2Test extends CustomModelRepositoryTestBase {
}
