-- Claims are written with their article's publication date and credit
-- (core/claims.go), so the trigger that looked them up before each insert
-- goes; the triggers that follow changes of the article stay.
DROP TRIGGER claims_published_insert ON claims;
DROP FUNCTION claims_set_published();
