// Recommendations (issue 5). The recommendation statements start from one request, partner or country (looked up by
// the unique constraints of V0001) and reach everything else through relationships, so they need no further index.
// Match suggestions, which the matching issue writes and the recommendations read for track record and exclusions,
// get their business key here so that the shape is fixed before the first one is written.
CREATE CONSTRAINT match_suggestion_id IF NOT EXISTS FOR (n:MatchSuggestion) REQUIRE n.id IS UNIQUE;
