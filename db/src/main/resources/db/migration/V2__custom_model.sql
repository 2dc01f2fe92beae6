-- Models imported from a Hugging Face config.json. The config is stored as given; the columns
-- beside it are what the models grid shows without parsing it again.
CREATE TABLE custom_model (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200)  NOT NULL,
    family        VARCHAR(40)   NOT NULL,
    config_json   CLOB          NOT NULL,
    source_note   VARCHAR(1000),
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL
);
