-- Ingest on PostgreSQL spent most of its server time on checks each row
-- of an article's annotations made (issue 15, Reuters-21578 with 2 workers):
-- a foreign-key check per row (an SPI query and a row lock: a shared lock
-- on an entity row that two workers take at once is a MultiXact). These
-- foreign keys are dropped where the writers already guarantee them:
-- - every row that names an article (paragraphs, removed, times,
--   quantities, mentions, legal_refs, article_entities, claims) is written
--   in the transaction that inserted that article and with the id its
--   INSERT returned (PutArticles, Import), or after the article's row was
--   locked FOR UPDATE and found (ReplaceAnnotations, whose claims go in
--   through replaceMachineClaims under that lock);
-- - every entity an article_entities, entity_variants or entity_links row
--   names is inserted (ON CONFLICT DO NOTHING) earlier in the same
--   transaction (queueEntities);
-- - dossier never deletes an article or an entity. A hand-made DELETE
--   still does what the foreign keys did, by the triggers below: an
--   article's rows go with it (it waits for a replacement holding the
--   article's lock), an entity's variants and links go with it, and an
--   entity that articles name is refused.
-- SQLite keeps its foreign keys: its checks are index look-ups in process.
{{if eq .dialect "postgres" -}}
ALTER TABLE paragraphs DROP CONSTRAINT paragraphs_article_id_fkey;
ALTER TABLE removed DROP CONSTRAINT removed_article_id_fkey;
ALTER TABLE times DROP CONSTRAINT times_article_id_fkey;
ALTER TABLE quantities DROP CONSTRAINT quantities_article_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT mentions_article_id_fkey;
ALTER TABLE legal_refs DROP CONSTRAINT legal_refs_article_id_fkey;
ALTER TABLE article_entities DROP CONSTRAINT article_entities_article_id_fkey;
ALTER TABLE article_entities DROP CONSTRAINT article_entities_entity_key_fkey;
ALTER TABLE entity_variants DROP CONSTRAINT entity_variants_entity_key_fkey;
ALTER TABLE entity_links DROP CONSTRAINT entity_links_entity_key_fkey;
ALTER TABLE claims DROP CONSTRAINT claims_article_id_fkey;
CREATE FUNCTION articles_delete_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM paragraphs WHERE article_id = OLD.id;
	DELETE FROM removed WHERE article_id = OLD.id;
	DELETE FROM times WHERE article_id = OLD.id;
	DELETE FROM quantities WHERE article_id = OLD.id;
	DELETE FROM mentions WHERE article_id = OLD.id;
	DELETE FROM legal_refs WHERE article_id = OLD.id;
	DELETE FROM article_entities WHERE article_id = OLD.id;
	DELETE FROM claims WHERE article_id = OLD.id;
	RETURN OLD;
END $$;
CREATE TRIGGER articles_delete_rows AFTER DELETE ON articles
	FOR EACH ROW EXECUTE FUNCTION articles_delete_rows();
CREATE FUNCTION entities_delete_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM article_entities WHERE entity_key = OLD.key) THEN
		RAISE EXCEPTION 'entity % is named by articles', OLD.key USING ERRCODE = 'foreign_key_violation';
	END IF;
	DELETE FROM entity_variants WHERE entity_key = OLD.key;
	DELETE FROM entity_links WHERE entity_key = OLD.key;
	RETURN OLD;
END $$;
CREATE TRIGGER entities_delete_rows AFTER DELETE ON entities
	FOR EACH ROW EXECUTE FUNCTION entities_delete_rows();
{{end -}}
