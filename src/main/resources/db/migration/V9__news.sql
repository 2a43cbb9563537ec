-- News and announcements of the OCOP office and the commerce department, in Vietnamese (required) and English
-- (optional), with their attachments. Bodies are HTML already sanitised on save. Files live under
-- OCOP_DATA_DIR/news/ by a random stored name; the table keeps the name the user gave, for the download header.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('announcement', 0), ('announcement_attachment', 0);

CREATE TABLE announcement (
  id BIGINT NOT NULL PRIMARY KEY,
  uid CHAR(36) NOT NULL,
  slug VARCHAR(120) NOT NULL,
  title_vi VARCHAR(200) NOT NULL,
  body_vi MEDIUMTEXT NOT NULL,
  title_en VARCHAR(200) NULL,
  body_en MEDIUMTEXT NULL,
  publish_at TIMESTAMP NULL,
  created_by VARCHAR(80) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(80) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_announcement_slug UNIQUE (slug),
  CONSTRAINT uq_announcement_uid UNIQUE (uid)
) ${table_options};
CREATE INDEX ix_announcement_publish ON announcement (publish_at);

CREATE TABLE announcement_attachment (
  id BIGINT NOT NULL PRIMARY KEY,
  announcement_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  stored_name VARCHAR(80) NOT NULL,
  file_type VARCHAR(8) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sort_order INT NOT NULL,
  CONSTRAINT uq_attachment_stored UNIQUE (stored_name),
  CONSTRAINT fk_attachment_announcement FOREIGN KEY (announcement_id) REFERENCES announcement (id)
) ${table_options};
CREATE INDEX ix_attachment_announcement ON announcement_attachment (announcement_id);
