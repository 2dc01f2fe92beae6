-- Cost bases and partner deals that people create, edit and copy. The basis itself is JSON in the
-- pricing module's format; version counts saves and guards against silent overwrites.
CREATE TABLE cost_basis (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    hardware_id   VARCHAR(64),
    basis_json    CLOB          NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       INT           NOT NULL
);
