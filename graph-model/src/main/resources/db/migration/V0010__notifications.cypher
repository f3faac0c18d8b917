// Notifications (issue 14): the outbox written with each change. Feeds read an audience's notifications newest first
// by sequence number; every instance tails them in sequence order; readers keep their read state; each outside channel
// (e-mail, webhooks) has one cursor.
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notification_seq IF NOT EXISTS FOR (n:Notification) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT audience_key IF NOT EXISTS FOR (n:Audience) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT reader_username IF NOT EXISTS FOR (n:Reader) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT notification_sequence_id IF NOT EXISTS FOR (n:__NotificationSequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outbox_cursor_channel IF NOT EXISTS FOR (n:__OutboxCursor) REQUIRE n.channel IS UNIQUE;
