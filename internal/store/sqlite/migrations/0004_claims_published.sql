ALTER TABLE claims ADD COLUMN published TEXT NOT NULL DEFAULT '';
UPDATE claims SET published = (SELECT a.published FROM articles a WHERE a.id = claims.article_id);
CREATE INDEX claims_newest ON claims (published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_indicator_newest ON claims (indicator, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_topic_newest ON claims (topic, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_review_newest ON claims (review, published DESC, article_id DESC, span_start, id);
CREATE TRIGGER claims_published_insert AFTER INSERT ON claims BEGIN
	UPDATE claims SET published = (SELECT a.published FROM articles a WHERE a.id = NEW.article_id)
	WHERE id = NEW.id;
END;
CREATE TRIGGER claims_published_update AFTER UPDATE OF published ON articles BEGIN
	UPDATE claims SET published = NEW.published WHERE article_id = NEW.id;
END;
