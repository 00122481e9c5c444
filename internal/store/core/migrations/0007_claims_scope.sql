-- The part of the whole a claim's figure covers (doc.Claim.Scope); SQLite's
-- series index is rebuilt to cover place and scope.
ALTER TABLE claims ADD COLUMN scope text NOT NULL DEFAULT '';
{{if eq .dialect "sqlite" -}}
DROP INDEX claims_series;
CREATE INDEX claims_series ON claims (indicator, topic, review, id, article_id, span_start, span_end, bound,
	number, low, high, approx, vague, unit, per, place, scope, period, said_by, origin, published, credit);
{{end -}}
