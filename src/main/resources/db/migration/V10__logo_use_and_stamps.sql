-- Certification-mark use: one logo-use record per certificate and form of use (the approved artwork is a stored
-- image name under OCOP_DATA_DIR/images/logouse/), and the star-stamp batches issued to certificates. Serial ranges
-- are prefix + first..last number; overlaps are refused by the service (one serial names one certificate).
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('logo_use', 0), ('stamp_batch', 0);

CREATE TABLE logo_use (
  id BIGINT NOT NULL PRIMARY KEY,
  certificate_id BIGINT NOT NULL,
  use_form VARCHAR(24) NOT NULL,
  artwork VARCHAR(120) NULL,
  stars INT NOT NULL,
  valid_from DATE NOT NULL,
  valid_until DATE NOT NULL,
  notes VARCHAR(1000) NULL,
  status VARCHAR(24) NOT NULL,
  status_since DATE NULL,
  ended_by VARCHAR(24) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_logo_use_certificate_form UNIQUE (certificate_id, use_form),
  CONSTRAINT fk_logo_use_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ${table_options};
CREATE INDEX ix_logo_use_status ON logo_use (status, id);

CREATE TABLE stamp_batch (
  id BIGINT NOT NULL PRIMARY KEY,
  batch_code VARCHAR(60) NOT NULL,
  serial_prefix VARCHAR(20) NOT NULL,
  first_number BIGINT NOT NULL,
  last_number BIGINT NOT NULL,
  quantity BIGINT NOT NULL,
  issued_on DATE NOT NULL,
  certificate_id BIGINT NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_stamp_batch_code UNIQUE (batch_code),
  CONSTRAINT fk_stamp_batch_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ${table_options};
CREATE INDEX ix_stamp_batch_serial ON stamp_batch (serial_prefix, first_number, last_number);
CREATE INDEX ix_stamp_batch_certificate ON stamp_batch (certificate_id);
