-- Saved portfolios with their full history, the same shape as scenarios (V4): the portfolio row holds
-- the current state and the version optimistic locking checks; every save appends a version row.
CREATE TABLE portfolio (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    state_json    CLOB          NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       INT           NOT NULL
);

CREATE TABLE portfolio_version (
    portfolio_id  VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    state_json    CLOB          NOT NULL,
    saved_by      VARCHAR(100)  NOT NULL,
    saved_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (portfolio_id, version),
    CONSTRAINT fk_portfolio_version FOREIGN KEY (portfolio_id) REFERENCES portfolio (id) ON DELETE CASCADE
);
