-- OCOP sales points of the commerce department: showrooms, shops, tourist sites, stations, airports, post offices and
-- online shops, with the products they carry and their photos (stored by the platform's Images under images/salespoints/).
-- Whether a carried product is shown is decided when read, by its certificate and the portal's clock: no job delists.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('sales_point', 0);

CREATE TABLE sales_point (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  point_type VARCHAR(20) NOT NULL,
  address VARCHAR(300) NULL,
  province_id BIGINT NOT NULL,
  latitude DOUBLE NULL,
  longitude DOUBLE NULL,
  opening_hours VARCHAR(200) NULL,
  contact VARCHAR(200) NULL,
  shop_url VARCHAR(500) NULL,
  updated_by VARCHAR(80) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_sales_point_province FOREIGN KEY (province_id) REFERENCES admin_unit (id)
) ${table_options};
CREATE INDEX ix_sales_point_type ON sales_point (point_type);
CREATE INDEX ix_sales_point_province ON sales_point (province_id);

CREATE TABLE sales_point_product (
  sales_point_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  PRIMARY KEY (sales_point_id, product_id),
  CONSTRAINT fk_sp_product_point FOREIGN KEY (sales_point_id) REFERENCES sales_point (id),
  CONSTRAINT fk_sp_product_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${table_options};
CREATE INDEX ix_sales_point_product_product ON sales_point_product (product_id);

CREATE TABLE sales_point_photo (
  sales_point_id BIGINT NOT NULL,
  image_name VARCHAR(120) NOT NULL,
  sort_order INT NOT NULL,
  PRIMARY KEY (sales_point_id, sort_order),
  CONSTRAINT fk_sp_photo_point FOREIGN KEY (sales_point_id) REFERENCES sales_point (id)
) ${table_options};
