-- Claims carry their article's publication date, kept by triggers, so that
-- lists of claims newest first walk an index instead of sorting every joined
-- row. The empty date (unknown) is the smallest string, so "published DESC"
-- lists undated articles last, as articles are listed.
ALTER TABLE claims ADD COLUMN published text NOT NULL DEFAULT '';
UPDATE claims SET published = (SELECT a.published FROM articles a WHERE a.id = claims.article_id);
CREATE INDEX claims_newest ON claims (published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_indicator_newest ON claims (indicator, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_topic_newest ON claims (topic, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_review_newest ON claims (review, published DESC, article_id DESC, span_start, id);
{{if eq .dialect "sqlite" -}}
CREATE TRIGGER claims_published_insert AFTER INSERT ON claims BEGIN
	UPDATE claims SET published = (SELECT a.published FROM articles a WHERE a.id = NEW.article_id)
	WHERE id = NEW.id;
END;
CREATE TRIGGER claims_published_update AFTER UPDATE OF published ON articles BEGIN
	UPDATE claims SET published = NEW.published WHERE article_id = NEW.id;
END;
{{end -}}
{{if eq .dialect "postgres" -}}
CREATE FUNCTION claims_set_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.published := COALESCE((SELECT a.published FROM articles a WHERE a.id = NEW.article_id), '');
	RETURN NEW;
END $$;
CREATE TRIGGER claims_published_insert BEFORE INSERT ON claims
	FOR EACH ROW EXECUTE FUNCTION claims_set_published();
CREATE FUNCTION articles_published_to_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE claims SET published = NEW.published WHERE article_id = NEW.id;
	RETURN NULL;
END $$;
CREATE TRIGGER claims_published_update AFTER UPDATE OF published ON articles
	FOR EACH ROW EXECUTE FUNCTION articles_published_to_claims();
{{end -}}
