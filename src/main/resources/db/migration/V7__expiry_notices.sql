-- The log of expiry notices mailed to producers, 90 and 30 days before a certificate expires: one row per
-- certificate and threshold, so that a run that runs twice, or on two instances, never mails twice.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('expiry_notice', 0);

CREATE TABLE expiry_notice (
  id BIGINT NOT NULL PRIMARY KEY,
  certificate_id BIGINT NOT NULL,
  threshold_days INT NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  recipient VARCHAR(120) NULL,
  sent_at TIMESTAMP NOT NULL,
  attempts INT NOT NULL,
  error VARCHAR(500) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_expiry_notice_threshold UNIQUE (certificate_id, threshold_days),
  CONSTRAINT fk_expiry_notice_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ${table_options};
CREATE INDEX ix_expiry_notice_sent ON expiry_notice (sent_at);
CREATE INDEX ix_expiry_notice_outcome ON expiry_notice (outcome, sent_at);
