// Webhooks (issue 14): endpoints an audience registers, and one delivery record per notification and webhook, which
// the sender claims when due (by status and next attempt) and the organization reads as its delivery log.
CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (n:Webhook) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (n:WebhookDelivery) REQUIRE n.id IS UNIQUE;
CREATE INDEX webhook_audience IF NOT EXISTS FOR (n:Webhook) ON (n.audience);
CREATE INDEX webhook_delivery_due IF NOT EXISTS FOR (n:WebhookDelivery) ON (n.status, n.nextAttemptAt);
