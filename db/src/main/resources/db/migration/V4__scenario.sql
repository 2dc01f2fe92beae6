-- Saved scenarios with their full history: every save appends a version row; the scenario row
-- holds the current state and the version number that optimistic locking checks.
CREATE TABLE scenario (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    state_json    CLOB          NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       INT           NOT NULL
);

CREATE TABLE scenario_version (
    scenario_id   VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    state_json    CLOB          NOT NULL,
    saved_by      VARCHAR(100)  NOT NULL,
    saved_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (scenario_id, version),
    CONSTRAINT fk_scenario_version FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE
);
