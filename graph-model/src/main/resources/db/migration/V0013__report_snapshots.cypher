// Report snapshots (issue 15): a report frozen under a label. `key` is the hash of (label, report, parameters), so the
// same report cannot be frozen twice under one label; snapshots are listed newest first.
CREATE CONSTRAINT report_snapshot_id IF NOT EXISTS FOR (n:ReportSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_snapshot_key IF NOT EXISTS FOR (n:ReportSnapshot) REQUIRE n.key IS UNIQUE;
CREATE INDEX report_snapshot_frozen_at IF NOT EXISTS FOR (n:ReportSnapshot) ON (n.frozenAt);
