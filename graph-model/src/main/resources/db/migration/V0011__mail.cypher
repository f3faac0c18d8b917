// E-mail (issue 14, docs/notifications.md "E-mail"): one delivery record per mail to send; senders look for the pending
// ones that are due; the dispatcher looks for readers by e-mail mode and audience.
CREATE CONSTRAINT mail_delivery_id IF NOT EXISTS FOR (n:MailDelivery) REQUIRE n.id IS UNIQUE;
CREATE INDEX mail_delivery_due IF NOT EXISTS FOR (n:MailDelivery) ON (n.status, n.nextAttemptAt);
CREATE INDEX reader_email_mode IF NOT EXISTS FOR (n:Reader) ON (n.emailMode, n.audience);
