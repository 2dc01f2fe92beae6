package com.inferplan.db.user;

/** On the in-memory H2 of src/test/resources/application.properties. */
class UserRepositoryH2Test extends UserRepositoryTestBase {
}
