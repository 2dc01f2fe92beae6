-- PostgreSQL has no CLOB type, and the migrations from V1 on use it (they are shared with H2 and must
-- stay byte-for-byte the same: existing H2 databases hold their checksums). A domain named clob over
-- text, created before V1, lets those scripts run unchanged; text holds up to 1 GB, like H2's CLOB.
-- This folder is read only on PostgreSQL: spring.flyway.locations names classpath:db/vendor/{vendor}.
CREATE DOMAIN clob AS text;
