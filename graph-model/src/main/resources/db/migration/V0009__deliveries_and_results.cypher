// Delivery and results of a confirmed match (issue 14, second increment). A delivery is confirmed as received and a
// result takes dated values by their own ids; the match reaches its deliveries (HAS_DELIVERY) and results (FOR_MATCH)
// through its relationships.
CREATE CONSTRAINT delivery_id IF NOT EXISTS FOR (n:Delivery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT match_result_id IF NOT EXISTS FOR (n:MatchResult) REQUIRE n.id IS UNIQUE;
