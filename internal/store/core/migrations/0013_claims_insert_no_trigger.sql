-- Claims are written with their article's publication date and credit
-- (core/claims.go), so the trigger that set them on each insert (on SQLite
-- an UPDATE per claim row) goes; the triggers that follow changes of the
-- article stay.
{{if eq .dialect "sqlite" -}}
DROP TRIGGER claims_article_insert;
{{end -}}
{{if eq .dialect "postgres" -}}
DROP TRIGGER claims_published_insert ON claims;
DROP FUNCTION claims_set_published();
{{end -}}
