-- User-defined or overridden accelerators. The full entry is kept as catalog JSON (the same format
-- as the built-in data files) so that every figure keeps its own source and status; the columns
-- beside it are the provenance of the row itself and what the catalog grid filters on.
CREATE TABLE custom_hardware (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    vendor        VARCHAR(100)  NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    overrides_id  VARCHAR(64),
    entry_json    CLOB          NOT NULL,
    source_title  VARCHAR(500)  NOT NULL,
    source_url    VARCHAR(1000),
    status        VARCHAR(40)   NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       INT           NOT NULL
);
