-- Product names are searched in the Lucene index (issue 3), no longer with LIKE on a folded copy of the name.
ALTER TABLE product DROP COLUMN folded_name;
