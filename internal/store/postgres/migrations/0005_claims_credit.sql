ALTER TABLE claims ADD COLUMN credit text NOT NULL DEFAULT '';
UPDATE claims c SET credit = a.credit FROM articles a WHERE a.id = c.article_id;
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
