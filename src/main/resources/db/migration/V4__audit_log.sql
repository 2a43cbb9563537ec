-- Who changed what, when, with the values before and after: every write by an ADMIN or COMMERCE user.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('audit_entry', 0);

CREATE TABLE audit_entry (
  id BIGINT NOT NULL PRIMARY KEY,
  recorded_at TIMESTAMP NOT NULL,
  actor VARCHAR(80) NOT NULL,
  action VARCHAR(60) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  before_value MEDIUMTEXT NULL,
  after_value MEDIUMTEXT NULL
) ${table_options};
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject);
CREATE INDEX ix_audit_entry_recorded ON audit_entry (recorded_at);
