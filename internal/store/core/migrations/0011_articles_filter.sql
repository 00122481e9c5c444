{{if eq .dialect "sqlite" -}}
-- The columns a search filters on, beside the article id, so that counting
-- and windowing the matches of a filtered search (outlet, language, date)
-- read this small index instead of each matching article's row with its
-- text (search.go: INDEXED BY): 4x faster at 100,000 articles.
CREATE INDEX articles_filter ON articles (id, credit COLLATE NOCASE, lang, published);
{{end -}}
