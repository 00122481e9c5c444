-- The single-column claim indexes on indicator, topic and review are the
-- prefixes of the *_newest indexes that serve the same look-ups: each claim
-- written updated three indexes for nothing.
DROP INDEX claims_indicator;
DROP INDEX claims_topic;
DROP INDEX claims_review;
