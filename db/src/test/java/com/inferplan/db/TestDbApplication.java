package com.inferplan.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots just the db module's beans against an in-memory H2 migrated by Flyway. */
@SpringBootApplication
public class TestDbApplication {
}
