-- Claims carry their article's credit too; on SQLite a covering index holds
-- every column a series reads (ListSeriesClaims).
ALTER TABLE claims ADD COLUMN credit text NOT NULL DEFAULT '';
UPDATE claims SET credit = (SELECT a.credit FROM articles a WHERE a.id = claims.article_id);
{{if eq .dialect "sqlite" -}}
DROP TRIGGER claims_published_insert;
CREATE TRIGGER claims_article_insert AFTER INSERT ON claims BEGIN
	UPDATE claims SET (published, credit) = (SELECT a.published, a.credit FROM articles a WHERE a.id = NEW.article_id)
	WHERE id = NEW.id;
END;
CREATE TRIGGER claims_credit_update AFTER UPDATE OF credit ON articles BEGIN
	UPDATE claims SET credit = NEW.credit WHERE article_id = NEW.id;
END;
CREATE INDEX claims_series ON claims (indicator, topic, review, id, article_id, span_start, span_end, bound,
	number, low, high, approx, vague, unit, per, period, said_by, origin, published, credit);
{{end -}}
{{if eq .dialect "postgres" -}}
CREATE OR REPLACE FUNCTION claims_set_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	SELECT a.published, a.credit INTO NEW.published, NEW.credit FROM articles a WHERE a.id = NEW.article_id;
	NEW.published := COALESCE(NEW.published, '');
	NEW.credit := COALESCE(NEW.credit, '');
	RETURN NEW;
END $$;
CREATE FUNCTION articles_credit_to_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE claims SET credit = NEW.credit WHERE article_id = NEW.id;
	RETURN NULL;
END $$;
CREATE TRIGGER claims_credit_update AFTER UPDATE OF credit ON articles
	FOR EACH ROW EXECUTE FUNCTION articles_credit_to_claims();
{{end -}}
