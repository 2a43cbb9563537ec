-- Trade fairs, exhibitions, product weeks and online events of the commerce department, and the producers' booth
-- applications with the products they will show. Images are stored by the platform's Images under images/events/.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('portal_event', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('booth_application', 0);

CREATE TABLE portal_event (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  event_type VARCHAR(20) NOT NULL,
  organiser VARCHAR(200) NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  address VARCHAR(300) NULL,
  province_id BIGINT NOT NULL,
  latitude DOUBLE NULL,
  longitude DOUBLE NULL,
  booths INT NOT NULL,
  description VARCHAR(4000) NULL,
  applications_until TIMESTAMP NOT NULL,
  published BOOLEAN NOT NULL DEFAULT FALSE,
  updated_by VARCHAR(80) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_portal_event_province FOREIGN KEY (province_id) REFERENCES admin_unit (id)
) ${table_options};
CREATE INDEX ix_portal_event_starts ON portal_event (starts_at);
CREATE INDEX ix_portal_event_province ON portal_event (province_id);

CREATE TABLE portal_event_image (
  event_id BIGINT NOT NULL,
  image_name VARCHAR(120) NOT NULL,
  sort_order INT NOT NULL,
  PRIMARY KEY (event_id, sort_order),
  CONSTRAINT fk_event_image_event FOREIGN KEY (event_id) REFERENCES portal_event (id)
) ${table_options};

CREATE TABLE booth_application (
  id BIGINT NOT NULL PRIMARY KEY,
  event_id BIGINT NOT NULL,
  producer_id BIGINT NOT NULL,
  status VARCHAR(12) NOT NULL,
  note VARCHAR(500) NULL,
  booth_number VARCHAR(20) NULL,
  submitted_by VARCHAR(80) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  decided_by VARCHAR(80) NULL,
  decided_at TIMESTAMP NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_booth_app_event FOREIGN KEY (event_id) REFERENCES portal_event (id),
  CONSTRAINT fk_booth_app_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ${table_options};
CREATE INDEX ix_booth_app_event ON booth_application (event_id, status);
CREATE INDEX ix_booth_app_producer ON booth_application (producer_id);

CREATE TABLE booth_application_product (
  application_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  PRIMARY KEY (application_id, product_id),
  CONSTRAINT fk_bap_application FOREIGN KEY (application_id) REFERENCES booth_application (id),
  CONSTRAINT fk_bap_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${table_options};
CREATE INDEX ix_bap_product ON booth_application_product (product_id);
