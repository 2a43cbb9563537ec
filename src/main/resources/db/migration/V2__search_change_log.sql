-- The search index's change log (an outbox): a row per product whose indexed content changed, written in the same
-- transaction as the change, so that it exists exactly when the change committed. Every portal instance reads it
-- from its own position and updates its own index. Ids come from AUTO_INCREMENT, not the id_sequence table, because
-- instances read them in order: their allocation follows insertion order, with no blocks reserved per instance.
-- recorded_at is epoch milliseconds: it only decides when a gap in the ids can no longer be filled by a transaction
-- still running, and when old rows may be pruned.

CREATE TABLE search_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL
) ${table_options};
CREATE INDEX ix_search_change_recorded ON search_change (recorded_at);
