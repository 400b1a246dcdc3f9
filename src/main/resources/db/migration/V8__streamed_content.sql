-- Large content is written in a second statement from a stream (see BlobStore), so the row is
-- inserted first without it. The columns stay filled for every committed row.
ALTER TABLE raw_message MODIFY content LONGBLOB NULL;
ALTER TABLE attachment MODIFY content LONGBLOB NULL;
ALTER TABLE quarantined_mail MODIFY content LONGBLOB NULL;
ALTER TABLE ignored_mail MODIFY content LONGBLOB NULL;
