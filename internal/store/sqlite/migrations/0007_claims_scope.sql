ALTER TABLE claims ADD COLUMN scope TEXT NOT NULL DEFAULT '';
DROP INDEX claims_series;
CREATE INDEX claims_series ON claims (indicator, topic, review, id, article_id, span_start, span_end, bound,
	number, low, high, approx, vague, unit, per, place, scope, period, said_by, origin, published, credit);
