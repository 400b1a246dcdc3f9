-- Charset that a text attachment declares in its Content-Type, so that downloads can name it.
ALTER TABLE attachment ADD COLUMN charset VARCHAR(64) NULL AFTER content_type;
