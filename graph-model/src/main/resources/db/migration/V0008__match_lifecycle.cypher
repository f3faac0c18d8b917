// After the review (issue 14): an accepted suggestion is a match that waits for both parties' consent. Matches that
// hold their offer carry the label ActiveMatch; the expiry job looks them up by deadline, the re-matching job looks up
// requests by when their re-matching is due. Suggestions accepted before this script become matches awaiting consent,
// with the default window of 14 days from their acceptance.
CREATE INDEX match_consent_deadline IF NOT EXISTS FOR (n:ActiveMatch) ON (n.consentDeadline);
CREATE INDEX match_status IF NOT EXISTS FOR (n:MatchSuggestion) ON (n.matchStatus);
CREATE INDEX support_request_rematch_due IF NOT EXISTS FOR (n:SupportRequest) ON (n.rematchDue);
MATCH (m:MatchSuggestion {status: 'ACCEPTED'}) WHERE m.matchStatus IS NULL
SET m:ActiveMatch, m.matchStatus = 'AWAITING_CONSENT', m.heldAmount = coalesce(m.amount, 0.0),
    m.consentDeadline = coalesce(m.decidedAt, datetime()) + duration('P14D');
MATCH (r:SupportRequest) WHERE r.status IN ['MATCHED', 'FULFILLED']
SET r.status = CASE WHEN EXISTS { (r)<-[:FOR_REQUEST]-(:ActiveMatch) } THEN 'PARTIALLY_MATCHED' ELSE 'OPEN' END;
MATCH (r:SupportRequest) WHERE r.status = 'OPEN' AND EXISTS { (r)<-[:FOR_REQUEST]-(:ActiveMatch) }
SET r.status = 'PARTIALLY_MATCHED';
