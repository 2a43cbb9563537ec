-- One schema for H2 (MySQL mode) and MySQL/MariaDB. ${table_options} is set by the migration runner:
-- InnoDB with utf8mb4_bin on MySQL (exact Vietnamese identity: "Mật ong" and "Mát ong" are different names),
-- empty on H2. Ids come from id_sequence (JPA table generators), which batches inserts on both databases.

CREATE TABLE id_sequence (
  seq_name VARCHAR(50) NOT NULL PRIMARY KEY,
  seq_count BIGINT NOT NULL
) ${table_options};

INSERT INTO id_sequence (seq_name, seq_count) VALUES
  ('admin_unit', 0), ('producer', 0), ('product', 0), ('evaluation_decision', 0), ('certificate', 0),
  ('account', 0), ('import_report', 0);

CREATE TABLE admin_unit (
  id BIGINT NOT NULL PRIMARY KEY,
  unit_level VARCHAR(16) NOT NULL,
  name VARCHAR(120) NOT NULL,
  folded_name VARCHAR(120) NOT NULL,
  sort_key VARCHAR(512) NOT NULL,
  unit_key VARCHAR(400) NOT NULL,
  parent_id BIGINT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_admin_unit_key UNIQUE (unit_key),
  CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id)
) ${table_options};
CREATE INDEX ix_admin_unit_level_folded ON admin_unit (unit_level, folded_name);

CREATE TABLE producer (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  sort_key VARCHAR(512) NOT NULL,
  producer_type VARCHAR(24) NOT NULL,
  province_id BIGINT NOT NULL,
  district_id BIGINT NULL,
  commune_id BIGINT NULL,
  phone VARCHAR(40) NULL,
  email VARCHAR(120) NULL,
  address VARCHAR(300) NULL,
  website VARCHAR(300) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_producer_name_province UNIQUE (name, province_id),
  CONSTRAINT fk_producer_province FOREIGN KEY (province_id) REFERENCES admin_unit (id),
  CONSTRAINT fk_producer_district FOREIGN KEY (district_id) REFERENCES admin_unit (id),
  CONSTRAINT fk_producer_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id)
) ${table_options};

CREATE TABLE evaluation_decision (
  id BIGINT NOT NULL PRIMARY KEY,
  decision_number VARCHAR(60) NOT NULL,
  decision_date DATE NOT NULL,
  issuing_level VARCHAR(16) NOT NULL,
  issuing_authority VARCHAR(255) NOT NULL,
  evaluation_round VARCHAR(60) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_decision_identity UNIQUE (decision_number, decision_date, issuing_authority)
) ${table_options};

CREATE TABLE product (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  folded_name VARCHAR(255) NOT NULL,
  sort_key VARCHAR(512) NOT NULL,
  product_group VARCHAR(16) NOT NULL,
  description VARCHAR(2000) NULL,
  price_vnd BIGINT NULL,
  producer_id BIGINT NOT NULL,
  province_id BIGINT NOT NULL,
  district_id BIGINT NULL,
  commune_id BIGINT NULL,
  current_certificate_id BIGINT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_product_producer_name UNIQUE (producer_id, name),
  CONSTRAINT fk_product_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_product_province FOREIGN KEY (province_id) REFERENCES admin_unit (id),
  CONSTRAINT fk_product_district FOREIGN KEY (district_id) REFERENCES admin_unit (id),
  CONSTRAINT fk_product_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id)
) ${table_options};
CREATE INDEX ix_product_sort ON product (sort_key);
CREATE INDEX ix_product_group ON product (product_group);

CREATE TABLE certificate (
  id BIGINT NOT NULL PRIMARY KEY,
  certificate_number VARCHAR(60) NOT NULL,
  product_id BIGINT NOT NULL,
  decision_id BIGINT NOT NULL,
  stars INT NOT NULL,
  score INT NULL,
  group_label VARCHAR(120) NOT NULL,
  product_group VARCHAR(16) NOT NULL,
  expires_on DATE NOT NULL,
  state VARCHAR(16) NOT NULL,
  state_since DATE NULL,
  state_reason VARCHAR(500) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_certificate_number UNIQUE (certificate_number),
  CONSTRAINT fk_certificate_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_certificate_decision FOREIGN KEY (decision_id) REFERENCES evaluation_decision (id)
) ${table_options};
CREATE INDEX ix_certificate_expires ON certificate (state, expires_on);
CREATE INDEX ix_certificate_stars ON certificate (stars);

ALTER TABLE product ADD CONSTRAINT fk_product_current_certificate
  FOREIGN KEY (current_certificate_id) REFERENCES certificate (id);

CREATE TABLE account (
  id BIGINT NOT NULL PRIMARY KEY,
  username VARCHAR(80) NOT NULL,
  email VARCHAR(120) NULL,
  password_hash VARCHAR(300) NOT NULL,
  role VARCHAR(16) NOT NULL,
  producer_id BIGINT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ${table_options};

-- Each import's report commits together with its rows, so a report never speaks of rows that are not there.
CREATE TABLE import_report (
  id BIGINT NOT NULL PRIMARY KEY,
  imported_at TIMESTAMP NOT NULL,
  imported_by VARCHAR(80) NOT NULL,
  source_name VARCHAR(255) NOT NULL,
  imported_count INT NOT NULL,
  updated_count INT NOT NULL,
  unchanged_count INT NOT NULL,
  rejected_count INT NOT NULL,
  details MEDIUMTEXT NULL
) ${table_options};
