-- The tsv column maps punctuation to spaces with replace() instead of
-- translate() (the same values: equal on every Reuters-21578 article):
-- translate() on UTF-8 text cost half the column, about 0.15 ms an article
-- on each insert (issue 15). search.go's tsText is written the same way.
{{if eq .dialect "postgres" -}}
ALTER TABLE articles DROP COLUMN tsv;
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('simple', replace(replace(replace(replace(replace(replace(replace(replace(title, '-', ' '), '/', ' '), '_', ' '), '.', ' '), ':', ' '), '@', ' '), '''', ' '), '’', ' ')), 'A') ||
	setweight(to_tsvector('simple', replace(replace(replace(replace(replace(replace(replace(replace(text, '-', ' '), '/', ' '), '_', ' '), '.', ' '), ':', ' '), '@', ' '), '''', ' '), '’', ' ')), 'B')) STORED;
CREATE INDEX articles_tsv ON articles USING gin (tsv);
{{end -}}
