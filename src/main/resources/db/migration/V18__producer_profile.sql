-- The producer profile: what a producer tells visitors on its public page, beside the facts as registered (name, type,
-- province stay the office's): its story, up to eight photos (names given by the platform's Images, one a line), a
-- map position and a few https links (one a line). Address, phone, e-mail and website are the existing columns.
ALTER TABLE producer ADD COLUMN story VARCHAR(4000) NULL;
ALTER TABLE producer ADD COLUMN photos VARCHAR(1000) NULL;
ALTER TABLE producer ADD COLUMN latitude DOUBLE NULL;
ALTER TABLE producer ADD COLUMN longitude DOUBLE NULL;
ALTER TABLE producer ADD COLUMN links VARCHAR(1000) NULL;
