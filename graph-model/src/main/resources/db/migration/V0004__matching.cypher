// Matching runs and the coordination group's review (issue 6). Runs are looked up by id; suggestions are filtered by
// status (PROPOSED ones are superseded and reviewed, ACCEPTED and REJECTED ones are read by every run) and paged
// newest first. The lock node serializes starts of runs (one MERGE target, unique).
CREATE CONSTRAINT match_run_id IF NOT EXISTS FOR (n:MatchRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT matching_lock_id IF NOT EXISTS FOR (n:__MatchingLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX match_run_status IF NOT EXISTS FOR (n:MatchRun) ON (n.status);
CREATE INDEX match_run_order IF NOT EXISTS FOR (n:MatchRun) ON (n.createdAt, n.id);
CREATE INDEX match_suggestion_status IF NOT EXISTS FOR (n:MatchSuggestion) ON (n.status);
CREATE INDEX match_suggestion_order IF NOT EXISTS FOR (n:MatchSuggestion) ON (n.createdAt, n.id);
