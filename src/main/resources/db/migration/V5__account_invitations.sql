-- Accounts are invited by e-mail: no password until the one-time link sets it, and a reset removes the old one.
ALTER TABLE account MODIFY COLUMN password_hash VARCHAR(300) NULL;
-- One account per address (stored in lower case); accounts without one (the bootstrap admin) may be many.
CREATE UNIQUE INDEX uq_account_email ON account (email);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('account_token', 0);

-- One-time links that set a password: only the SHA-256 of the token, hex; single use, 72 hours.
CREATE TABLE account_token (
  id BIGINT NOT NULL PRIMARY KEY,
  account_id BIGINT NOT NULL,
  token_hash CHAR(64) NOT NULL,
  purpose VARCHAR(16) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at TIMESTAMP NULL,
  CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};
