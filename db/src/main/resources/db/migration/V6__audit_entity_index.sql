-- The results cache asks for the newest change to the data a computation reads (hardware, models,
-- cost bases) on every request; this index answers it without scanning the audit trail.
CREATE INDEX ix_audit_event_entity_id ON audit_event (entity, id);
