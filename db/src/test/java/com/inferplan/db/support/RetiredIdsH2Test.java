package com.inferplan.db.support;

/** On the in-memory H2 of src/test/resources/application.properties. */
class RetiredIdsH2Test extends RetiredIdsTestBase {
}
