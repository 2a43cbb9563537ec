-- Inspections of how the OCOP mark is used, the violations they find, and the public's reports of suspected misuse.
-- Photos are stored by Images under OCOP_DATA_DIR/images/ (folders "inspections" and "misuse"); rows keep the name.
-- A violation's logo-use record is a plain id until the logo-use tables exist everywhere (V10).
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('inspection', 0), ('violation', 0), ('misuse_report', 0);

CREATE TABLE inspection (
  id BIGINT NOT NULL PRIMARY KEY,
  producer_id BIGINT NOT NULL,
  certificate_id BIGINT NULL,
  place VARCHAR(300) NOT NULL,
  planned_on DATE NOT NULL,
  inspector VARCHAR(120) NOT NULL,
  status VARCHAR(16) NOT NULL,
  findings VARCHAR(4000) NULL,
  inspected_on DATE NULL,
  created_by VARCHAR(80) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_inspection_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_inspection_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ${table_options};
CREATE INDEX ix_inspection_planned ON inspection (planned_on);

CREATE TABLE inspection_photo (
  inspection_id BIGINT NOT NULL,
  image_name VARCHAR(120) NOT NULL,
  sort_order INT NOT NULL,
  CONSTRAINT pk_inspection_photo PRIMARY KEY (inspection_id, sort_order),
  CONSTRAINT fk_inspection_photo FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ${table_options};

CREATE TABLE violation (
  id BIGINT NOT NULL PRIMARY KEY,
  inspection_id BIGINT NOT NULL,
  producer_id BIGINT NOT NULL,
  certificate_id BIGINT NULL,
  logo_use_id BIGINT NULL,
  violation_type VARCHAR(40) NOT NULL,
  description VARCHAR(2000) NOT NULL,
  sanction VARCHAR(1000) NULL,
  found_on DATE NOT NULL,
  follow_up_on DATE NULL,
  followed_up BOOLEAN NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_violation_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_violation_producer FOREIGN KEY (producer_id) REFERENCES producer (id),
  CONSTRAINT fk_violation_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ${table_options};
CREATE INDEX ix_violation_found ON violation (found_on);
CREATE INDEX ix_violation_follow_up ON violation (followed_up, follow_up_on);

CREATE TABLE misuse_report (
  id BIGINT NOT NULL PRIMARY KEY,
  product_or_brand VARCHAR(200) NOT NULL,
  where_seen VARCHAR(300) NOT NULL,
  description VARCHAR(2000) NOT NULL,
  contact VARCHAR(200) NULL,
  photo_1 VARCHAR(120) NULL,
  photo_2 VARCHAR(120) NULL,
  photo_3 VARCHAR(120) NULL,
  status VARCHAR(16) NOT NULL,
  outcome VARCHAR(1000) NULL,
  received_at TIMESTAMP NOT NULL,
  inspection_id BIGINT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_misuse_report_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ${table_options};
CREATE INDEX ix_misuse_report_status ON misuse_report (status, received_at);
