package com.inferplan.db.hardware;

/** On the in-memory H2 of src/test/resources/application.properties. */
class CustomHardwareRepositoryH2Test extends CustomHardwareRepositoryTestBase {
}
