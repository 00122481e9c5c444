-- Claims are written with their article's publication date and credit
-- (core/claims.go), so the trigger that copied them after each insert (an
-- UPDATE per claim row) goes; the triggers that follow changes of the
-- article stay.
DROP TRIGGER claims_article_insert;
