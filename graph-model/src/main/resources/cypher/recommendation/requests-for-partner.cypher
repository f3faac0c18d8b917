OPTIONAL MATCH (p:Partner {id: $partnerId})
OPTIONAL CALL (p) {
  WITH p,
       COLLECT { MATCH (p)-[:BASED_IN]->(home:Country) RETURN home }[0] AS home,
       COLLECT { MATCH (p)-[:BASED_IN]->(:Country)-[:IN_REGION]->(g:Region) RETURN g }[0] AS homeRegion,
       COLLECT { MATCH (p)-[d:HAS_EXPERTISE]->(e:Expertise) RETURN {expertise: e, code: e.code, level: d.level} } AS claims,
       COLLECT {
         MATCH (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_AREA]->(a:ThematicArea) RETURN a
         UNION
         MATCH (p)-[:OFFERS]->(o:Offer)-[:IN_AREA]->(a:ThematicArea) WHERE o.status = 'ACTIVE' RETURN a
       } AS partnerAreas,
       COLLECT {
         MATCH (p)-[:OFFERS]->(o:Offer)-[:SERVES_COUNTRY]->(x:Country) WHERE o.status = 'ACTIVE' RETURN DISTINCT x
       } AS servedCountries,
       COLLECT {
         MATCH (p)-[:OFFERS]->(o:Offer)-[:SERVES_REGION]->(x:Region) WHERE o.status = 'ACTIVE' RETURN DISTINCT x
       } AS servedRegions,
       COLLECT {
         MATCH (p)-[:OFFERS]->(o:Offer) WHERE o.status = 'ACTIVE'
         WITH o, COLLECT {
           MATCH (o)<-[:FROM_OFFER]-(m:ActiveMatch) RETURN coalesce(m.heldAmount, 0.0)
         } AS used
         RETURN {
           kind: o.kind, unit: o.unit, amount: coalesce(o.amount, 0.0), capacity: coalesce(o.capacity, 1),
           languages: coalesce(o.languages, []), usedSlots: size(used),
           usedAmount: reduce(s = 0.0, x IN used | s + x)
         } AS offer
       } AS offers,
       COLLECT {
         MATCH (p)<-[:FROM_PARTNER]-(m:MatchSuggestion)-[:FOR_REQUEST]->(x:SupportRequest)
         WHERE m.status = 'REJECTED' OR m.matchStatus IN ['DECLINED', 'EXPIRED']
         RETURN x
       } AS rejected,
       COLLECT {
         MATCH (p)<-[:FROM_PARTNER]-(m:ActiveMatch)-[:FOR_REQUEST]->(x:SupportRequest)
         RETURN {
           request: x,
           country: COLLECT { MATCH (x)-[:FOR_COUNTRY]->(k:Country) RETURN k }[0],
           areas: COLLECT { MATCH (x)-[:IN_AREA]->(a:ThematicArea) RETURN a }
         } AS entry
       } AS accepted
  CALL (claims) {
    UNWIND claims AS claim
    WITH claim.expertise AS e
    MATCH (e)<-[:NEEDS_EXPERTISE]-(objective:Objective)
    RETURN DISTINCT objective
  }
  WITH p, home, homeRegion, claims, partnerAreas, servedCountries, servedRegions, offers, rejected, accepted,
       objective, COLLECT { MATCH (objective)-[:NEEDS_EXPERTISE]->(n:Expertise) RETURN n } AS needed
  WITH p, home, homeRegion, partnerAreas, servedCountries, servedRegions, offers, rejected, accepted, objective,
       needed, [cl IN claims WHERE cl.expertise IN needed | {code: cl.code, level: cl.level}] AS matched
  CALL (objective, rejected) {
    MATCH (objective)<-[:FOR_OBJECTIVE]-(req:SupportRequest)-[:FOR_COUNTRY]->(rc:Country)
    WHERE req.status IN ['OPEN', 'PARTIALLY_MATCHED', 'IN_DELIVERY'] AND NOT req IN rejected
    WITH objective, rc, collect(req) AS requests
    WITH rc, requests,
         COLLECT { MATCH (rc)-[:IN_REGION]->(g:Region) RETURN g }[0] AS rcRegion,
         COLLECT {
           MATCH (objective)-[:ADDRESSES]->(i:Indicator)
           WITH DISTINCT i, rc AS c
           WITH i, $$latest AS latest
           WHERE latest IS NOT NULL
           RETURN {indicator: i.code, severity: latest.severity, year: latest.year, value: latest.value} AS deficit
           ORDER BY deficit.severity DESC, deficit.indicator
         } AS deficits
    UNWIND requests AS req
    RETURN req, rc, rcRegion, deficits
  }
  WITH p, home, homeRegion, partnerAreas, servedCountries, servedRegions, offers, accepted, needed, matched,
       req, rc, rcRegion, deficits,
       COLLECT { MATCH (req)-[:IN_AREA]->(a:ThematicArea) RETURN a } AS reqAreas
  WITH p, req, rc, needed, matched, deficits, reqAreas,
       [a IN reqAreas WHERE a IN partnerAreas | a.code] AS coveredAreas,
       CASE WHEN rc = home THEN 'BASED_IN_COUNTRY'
            WHEN rc IN servedCountries THEN 'SERVES_COUNTRY'
            WHEN rcRegion IS NOT NULL AND rcRegion = homeRegion THEN 'BASED_IN_REGION'
            WHEN rcRegion IS NOT NULL AND rcRegion IN servedRegions THEN 'SERVES_REGION' END AS presence,
       CASE WHEN any(o IN offers WHERE req.language IN o.languages) THEN 'OFFER'
            WHEN req.language IN coalesce(p.languages, []) THEN 'PARTNER' END AS languageVia,
       [o IN offers WHERE o.kind = req.kind AND o.unit = req.unit AND o.usedSlots < o.capacity
        | CASE WHEN o.amount > o.usedAmount THEN o.amount - o.usedAmount ELSE 0.0 END] AS available,
       size([x IN accepted WHERE x.request <> req AND any(a IN x.areas WHERE a IN reqAreas)]) AS similarAccepted,
       size([x IN accepted WHERE x.request <> req AND x.country = rc]) AS countryAccepted,
       CASE WHEN size(deficits) = 0 THEN null ELSE deficits[0].severity END AS severity
  WITH p, req, rc, needed, matched, deficits, reqAreas, coveredAreas, presence, languageVia, similarAccepted,
       countryAccepted, severity, reduce(s = 0.0, x IN available | s + x) AS availableAmount,
       size(available) AS availableOffers,
       {
         expertise: CASE WHEN size(needed) = 0 THEN 0.0
                    ELSE reduce(s = 0.0, m IN matched | s + $w.levels[m.level]) / size(needed) END,
         thematicFit: CASE WHEN size(reqAreas) = 0 THEN 0.0 ELSE toFloat(size(coveredAreas)) / size(reqAreas) END,
         presence: CASE presence WHEN 'BASED_IN_COUNTRY' THEN 1.0 WHEN 'SERVES_COUNTRY' THEN 1.0
                   WHEN 'BASED_IN_REGION' THEN $w.regional WHEN 'SERVES_REGION' THEN $w.regional ELSE 0.0 END,
         language: CASE WHEN languageVia IS NULL THEN 0.0 ELSE 1.0 END,
         trackRecord: CASE WHEN similarAccepted + countryAccepted >= $w.saturation THEN 1.0
                      ELSE (similarAccepted + countryAccepted) / $w.saturation END,
         tripartite: CASE WHEN p.kind IN $w.tripartiteKinds THEN 1.0 ELSE 0.0 END
       } AS parts
  WITH p, req, rc, size(needed) AS neededCount, size(reqAreas) AS areaCount, matched, deficits, coveredAreas,
       presence, languageVia, similarAccepted, countryAccepted, severity, availableAmount, availableOffers,
       parts {
         .*,
         capacity: CASE WHEN availableOffers = 0 THEN 0.0
                   WHEN req.amount IS NULL OR req.amount <= 0 OR availableAmount >= req.amount THEN 1.0
                   ELSE availableAmount / req.amount END
       } AS parts
  WITH p, req, rc, neededCount, areaCount, matched, deficits, coveredAreas, presence, languageVia,
       similarAccepted, countryAccepted, severity, availableAmount, availableOffers, parts,
       $w.expertise * parts.expertise + $w.thematicFit * parts.thematicFit + $w.presence * parts.presence
       + $w.language * parts.language + $w.capacity * parts.capacity + $w.trackRecord * parts.trackRecord
       + $w.tripartite * parts.tripartite AS fit
  WITH req, rc, neededCount, areaCount, matched, deficits, coveredAreas, presence, languageVia,
       similarAccepted, countryAccepted, severity, availableAmount, availableOffers, parts, fit,
       fit * (1 - $w.severityInfluence
              + $w.severityInfluence * coalesce(severity, $w.unknownSeverity) / 5.0) AS score
  ORDER BY score DESC, req.deadline, req.id
  LIMIT $limit
  RETURN req.id AS requestId, toString(req.deadline) AS deadline, severity, parts,
         {
           matched: matched, needed: neededCount, coveredAreas: coveredAreas, areaCount: areaCount,
           presence: presence, languageVia: languageVia,
           availableAmount: availableAmount, availableOffers: availableOffers, unit: req.unit,
           kind: req.kind, asked: req.amount, language: req.language, similarAccepted: similarAccepted,
           countryAccepted: countryAccepted, country: rc.iso3, deficits: deficits
         } AS facts
}
RETURN p IS NOT NULL AS found, requestId, deadline, severity, parts, facts
