ALTER TABLE claims ADD COLUMN credit TEXT NOT NULL DEFAULT '';
UPDATE claims SET credit = (SELECT a.credit FROM articles a WHERE a.id = claims.article_id);
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
