OPTIONAL MATCH (p:Partner {id: $partnerId})
OPTIONAL CALL (p) {
  WITH p,
       COLLECT { MATCH (p)-[:HAS_EXPERTISE]->(e:Expertise) RETURN e } AS expertise,
       COLLECT { MATCH (p)-[:LEADS|SUPPORTS]->(w:WorkStream) RETURN DISTINCT w } AS workStreams,
       COLLECT {
         MATCH (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_AREA]->(a:ThematicArea) RETURN a
         UNION
         MATCH (p)-[:OFFERS]->(:Offer)-[:IN_AREA]->(a:ThematicArea) RETURN a
       } AS areas,
       COLLECT {
         MATCH (p)-[:BASED_IN]->(:Country)-[:IN_REGION]->(g:Region) RETURN g
         UNION
         MATCH (p)-[:OFFERS]->(:Offer)-[:SERVES_REGION]->(g:Region) RETURN g
         UNION
         MATCH (p)-[:OFFERS]->(:Offer)-[:SERVES_COUNTRY]->(:Country)-[:IN_REGION]->(g:Region) RETURN g
       } AS regions
  CALL (p, expertise, workStreams) {
    UNWIND expertise AS e
    MATCH (e)<-[:HAS_EXPERTISE]-(q:Partner)
    RETURN q
    UNION
    UNWIND workStreams AS w
    MATCH (w)<-[:LEADS|SUPPORTS]-(q:Partner)
    RETURN q
  }
  WITH p, expertise, workStreams, areas, regions, q
  WHERE q <> p AND q.membershipStatus = 'ADMITTED'
  WITH p, expertise, workStreams, areas, regions, q,
       COLLECT { MATCH (q)-[:HAS_EXPERTISE]->(e:Expertise) RETURN e } AS theirExpertise,
       COLLECT { MATCH (q)-[:LEADS|SUPPORTS]->(w:WorkStream) RETURN DISTINCT w } AS theirWorkStreams
  WITH p, expertise, workStreams, areas, regions, q, theirExpertise, theirWorkStreams,
       [e IN theirExpertise WHERE e IN expertise] AS sharedExpertise,
       [w IN theirWorkStreams WHERE w IN workStreams] AS sharedWorkStreams
  WITH areas, regions, q, sharedExpertise, sharedWorkStreams,
       CASE WHEN size(expertise) + size(theirExpertise) = 0 THEN 0.0
            ELSE toFloat(size(sharedExpertise))
                 / (size(expertise) + size(theirExpertise) - size(sharedExpertise)) END AS expertiseShare,
       CASE WHEN size(workStreams) + size(theirWorkStreams) = 0 THEN 0.0
            ELSE toFloat(size(sharedWorkStreams))
                 / (size(workStreams) + size(theirWorkStreams) - size(sharedWorkStreams)) END AS workStreamShare
  ORDER BY $w.similarExpertise * expertiseShare + $w.similarWorkStreams * workStreamShare DESC,
           q.normalizedName, q.id
  LIMIT $shortlist
  WITH areas, regions, q, sharedExpertise, sharedWorkStreams, expertiseShare, workStreamShare,
       COLLECT {
         MATCH (q)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_AREA]->(a:ThematicArea) RETURN a
         UNION
         MATCH (q)-[:OFFERS]->(:Offer)-[:IN_AREA]->(a:ThematicArea) RETURN a
       } AS theirAreas,
       COLLECT {
         MATCH (q)-[:BASED_IN]->(:Country)-[:IN_REGION]->(g:Region) RETURN g
         UNION
         MATCH (q)-[:OFFERS]->(:Offer)-[:SERVES_REGION]->(g:Region) RETURN g
         UNION
         MATCH (q)-[:OFFERS]->(:Offer)-[:SERVES_COUNTRY]->(:Country)-[:IN_REGION]->(g:Region) RETURN g
       } AS theirRegions
  WITH q, sharedExpertise, sharedWorkStreams, expertiseShare, workStreamShare, areas, regions, theirAreas,
       theirRegions, [a IN theirAreas WHERE a IN areas] AS sharedAreas,
       [g IN theirRegions WHERE g IN regions] AS sharedRegions
  WITH q, sharedExpertise, sharedWorkStreams, sharedAreas, sharedRegions, expertiseShare, workStreamShare,
       CASE WHEN size(areas) + size(theirAreas) = 0 THEN 0.0
            ELSE toFloat(size(sharedAreas)) / (size(areas) + size(theirAreas) - size(sharedAreas)) END AS areaShare,
       CASE WHEN size(regions) + size(theirRegions) = 0 THEN 0.0
            ELSE toFloat(size(sharedRegions)) / (size(regions) + size(theirRegions) - size(sharedRegions)) END AS regionShare
  WITH q, sharedExpertise, sharedWorkStreams, sharedAreas, sharedRegions, expertiseShare, workStreamShare,
       areaShare, regionShare,
       $w.similarExpertise * expertiseShare + $w.similarWorkStreams * workStreamShare
       + $w.similarAreas * areaShare + $w.similarRegions * regionShare AS score
  ORDER BY score DESC, q.normalizedName, q.id
  LIMIT $limit
  RETURN q.id AS partnerId, q.name AS name, q.normalizedName AS sortName,
         {expertise: expertiseShare, workStreams: workStreamShare, areas: areaShare, regions: regionShare} AS shares,
         [e IN sharedExpertise | e.code] AS expertiseCodes,
         [a IN sharedAreas | a.code] AS areaCodes,
         [g IN sharedRegions | g.code] AS regionCodes,
         [w IN sharedWorkStreams | {id: w.id, name: w.name}] AS workStreams
}
RETURN p IS NOT NULL AS found, partnerId, name, sortName, shares, expertiseCodes, areaCodes, regionCodes, workStreams
