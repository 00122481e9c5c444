-- Alert delivery moved to the job queue (internal/queue): one River job per
-- event, with River's retries, backoff and discarded-job list, so the
-- store's own retry bookkeeping goes. What stays is the outbox: queued says
-- the event's delivery job was inserted (a sweep inserts the jobs of the
-- events a crash left without one), delivered_at that the webhook took it.
-- Events not yet delivered, dead ones included, get a job again.
DROP INDEX alert_events_delivery;
ALTER TABLE alert_events ADD COLUMN queued {{.bool}} NOT NULL DEFAULT {{.false}};
UPDATE alert_events SET queued = (delivery = 'sent');
UPDATE alert_events SET delivered_at = NULL WHERE delivery <> 'sent';
ALTER TABLE alert_events DROP COLUMN delivery;
ALTER TABLE alert_events DROP COLUMN attempts;
ALTER TABLE alert_events DROP COLUMN last_error;
ALTER TABLE alert_events DROP COLUMN next_attempt;
CREATE INDEX alert_events_unqueued ON alert_events (queued, id);
