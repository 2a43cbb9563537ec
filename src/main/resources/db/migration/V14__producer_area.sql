-- The producer area: what a producer says of its own listing (the certified facts stay the office's), the office's
-- hiding of a listing with its reason, and the public form's requests for a producer account.
ALTER TABLE product ADD COLUMN price_unit VARCHAR(40) NULL;
ALTER TABLE product ADD COLUMN packaging VARCHAR(200) NULL;
ALTER TABLE product ADD COLUMN shelf_life VARCHAR(100) NULL;
ALTER TABLE product ADD COLUMN ingredients VARCHAR(1000) NULL;
ALTER TABLE product ADD COLUMN shop_urls VARCHAR(1000) NULL;
ALTER TABLE product ADD COLUMN order_phone VARCHAR(40) NULL;
ALTER TABLE product ADD COLUMN contact VARCHAR(300) NULL;
ALTER TABLE product ADD COLUMN photos VARCHAR(1000) NULL;
ALTER TABLE product ADD COLUMN hidden_reason VARCHAR(500) NULL;

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('account_request', 0);

CREATE TABLE account_request (
  id BIGINT NOT NULL PRIMARY KEY,
  producer_id BIGINT NOT NULL,
  registration_number VARCHAR(40) NOT NULL,
  contact_person VARCHAR(120) NOT NULL,
  phone VARCHAR(40) NOT NULL,
  email VARCHAR(254) NOT NULL,
  state VARCHAR(16) NOT NULL,
  reason VARCHAR(500) NULL,
  username VARCHAR(80) NULL,
  requested_at TIMESTAMP NOT NULL,
  decided_by VARCHAR(80) NULL,
  decided_at TIMESTAMP NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_account_request_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ${table_options};
CREATE INDEX ix_account_request_state ON account_request (state, requested_at);
