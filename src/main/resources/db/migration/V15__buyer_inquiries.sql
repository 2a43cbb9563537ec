-- Buyer inquiries: a visitor's request for a quote on one product, routed to its producer (when the producer has an
-- active account) or to the commerce department, with the thread of messages. Contact data, message, note and thread
-- are erased 12 months after closed_at (erased_at set); the rest stays for the supply-demand figures.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('inquiry', 0), ('inquiry_message', 0);

CREATE TABLE inquiry (
  id BIGINT NOT NULL PRIMARY KEY,
  product_id BIGINT NOT NULL,
  producer_id BIGINT NOT NULL,
  routed_to VARCHAR(16) NOT NULL,
  buyer_name VARCHAR(120) NOT NULL,
  organisation VARCHAR(200) NULL,
  phone VARCHAR(40) NULL,
  email VARCHAR(120) NULL,
  quantity BIGINT NOT NULL,
  quantity_unit VARCHAR(40) NOT NULL,
  delivery_province VARCHAR(120) NOT NULL,
  message VARCHAR(4000) NOT NULL,
  status VARCHAR(16) NOT NULL,
  note VARCHAR(2000) NULL,
  created_at TIMESTAMP NOT NULL,
  first_reply_at TIMESTAMP NULL,
  closed_at TIMESTAMP NULL,
  erased_at TIMESTAMP NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_inquiry_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_inquiry_producer FOREIGN KEY (producer_id) REFERENCES producer (id)
) ${table_options};
CREATE INDEX ix_inquiry_producer_status ON inquiry (producer_id, status);
CREATE INDEX ix_inquiry_route_status ON inquiry (routed_to, status);
CREATE INDEX ix_inquiry_closed ON inquiry (closed_at);
CREATE INDEX ix_inquiry_created ON inquiry (created_at);

CREATE TABLE inquiry_message (
  id BIGINT NOT NULL PRIMARY KEY,
  inquiry_id BIGINT NOT NULL,
  direction VARCHAR(16) NOT NULL,
  author VARCHAR(120) NOT NULL,
  body VARCHAR(4000) NOT NULL,
  sent_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_inquiry_message_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
) ${table_options};
CREATE INDEX ix_inquiry_message_inquiry ON inquiry_message (inquiry_id);
