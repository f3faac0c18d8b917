OPTIONAL MATCH (r:SupportRequest {id: $requestId})
OPTIONAL CALL (r) {
  MATCH (r)-[:FOR_COUNTRY]->(c:Country)
  WITH r, c, COLLECT { MATCH (c)-[:IN_REGION]->(g:Region) RETURN g }[0] AS region,
       COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(:Objective)-[:NEEDS_EXPERTISE]->(e:Expertise) RETURN DISTINCT e } AS needed,
       COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a } AS areas,
       COLLECT { MATCH (c)<-[:BASED_IN]-(x:Partner) RETURN x } AS basedHere,
       COLLECT {
         MATCH (r)<-[:FOR_REQUEST]-(m:MatchSuggestion)-[:FROM_PARTNER]->(x:Partner)
         WHERE m.status = 'REJECTED' OR m.matchStatus IN ['DECLINED', 'EXPIRED']
         RETURN x
       } AS rejected
  WITH r, c, region, needed, areas, basedHere, rejected, r.language AS language,
       COLLECT { MATCH (region)<-[:IN_REGION]-(x:Country) RETURN x } AS regionCountries,
       COLLECT {
         MATCH (r)-[:IN_AREA]->(a:ThematicArea)<-[:IN_AREA]-(e:Expertise)
         WITH e, collect(a.code) AS codes
         RETURN {expertise: e, code: e.code, areas: codes} AS entry
       } AS areaExpertise
  // Candidates, with the claims they make on the needed expertise and the request's areas those cover,
  // aggregated per partner; the third branch only marks those based in the requesting country.
  WITH r, c, region, needed, areas, basedHere, rejected, language, regionCountries, areaExpertise,
       CASE WHEN size(needed) > 0 THEN [x IN areaExpertise WHERE x.expertise IN needed]
                                       + [e IN needed WHERE NOT e IN [x IN areaExpertise | x.expertise]
                                          | {expertise: e, code: e.code, areas: []}]
            ELSE areaExpertise END AS gate
  CALL (r, c, needed, gate, basedHere) {
    CALL (r, c, needed, gate, basedHere) {
      UNWIND gate AS entry
      WITH entry.expertise AS e, entry.areas AS codes
      MATCH (e)<-[d:HAS_EXPERTISE]-(p)
      RETURN p, CASE WHEN e IN needed THEN {expertise: e, level: d.level} END AS claim,
             CASE WHEN e IN needed THEN codes ELSE [] END AS codes, false AS home
      UNION ALL
      MATCH (c)<-[:SERVES_COUNTRY]-(o:Offer)<-[:OFFERS]-(p:Partner)
      WHERE o.status = 'ACTIVE' AND o.kind = r.kind
      RETURN p, null AS claim, [] AS codes, false AS home
      UNION ALL
      UNWIND basedHere AS p
      RETURN p, null AS claim, [] AS codes, true AS home
    }
    WITH p, collect(claim) AS matched, collect(codes) AS codeLists, count(CASE WHEN home THEN 1 END) > 0 AS basedInCountry,
         count(CASE WHEN NOT home THEN 1 END) AS sources
    WHERE sources > 0
    RETURN p, matched, codeLists, basedInCountry
  }
  WITH r, c, region, needed, areas, rejected, language, regionCountries, areaExpertise, p, matched, codeLists,
       basedInCountry
  WHERE p.membershipStatus = 'ADMITTED' AND NOT p IN rejected
    AND NOT (basedInCountry AND p.kind = 'GOVERNMENT')
  // The cheap parts, a lower bound of the score: expertise, thematic fit through the needed expertise,
  // presence in the country through where the partner is based, its languages, tripartism.
  WITH r, c, region, areas, language, regionCountries, areaExpertise, p, matched, size(needed) AS neededCount,
       CASE WHEN size(needed) = 0 THEN 0.0
            ELSE reduce(s = 0.0, m IN matched | s + $w.levels[m.level]) / size(needed) END AS expertise,
       reduce(acc = [], codes IN codeLists | acc + [code IN codes WHERE NOT code IN acc]) AS neededAreaCodes,
       CASE WHEN p.kind IN $w.tripartiteKinds THEN 1.0 ELSE 0.0 END AS tripartite,
       basedInCountry,
       language IN coalesce(p.languages, []) AS speaks
  WITH r, c, region, areas, language, regionCountries, areaExpertise, p, matched, neededCount, expertise,
       tripartite, basedInCountry, speaks,
       $w.expertise * expertise + $w.tripartite * tripartite
       + $w.presence * CASE WHEN basedInCountry THEN 1.0 ELSE 0.0 END
       + $w.language * CASE WHEN speaks THEN 1.0 ELSE 0.0 END
       + $w.thematicFit * CASE WHEN size(areas) = 0 THEN 0.0 ELSE toFloat(size(neededAreaCodes)) / size(areas) END AS baseScore
  ORDER BY baseScore DESC, p.normalizedName, p.id
  LIMIT $shortlist
  // The shortlist: everything else the partner links to, read in one pass over its relationships.
  WITH r, c, region, areas, language, regionCountries, areaExpertise, p, matched, neededCount, expertise,
       tripartite, basedInCountry, speaks,
       COLLECT {
         MATCH (p)-[link:HAS_EXPERTISE|OFFERS|BASED_IN|FROM_PARTNER]-(x)
         RETURN {type: type(link), node: x} AS link
       } AS links
  WITH r, c, region, areas, language, regionCountries, areaExpertise, p, matched, neededCount, expertise,
       tripartite, basedInCountry, speaks,
       [l IN links WHERE l.type = 'BASED_IN' | l.node][0] AS home,
       [l IN links WHERE l.type = 'HAS_EXPERTISE' | l.node] AS declared,
       [l IN links WHERE l.type = 'OFFERS' AND l.node.status = 'ACTIVE' | l.node] AS activeOffers,
       [l IN links WHERE l.type = 'FROM_PARTNER' AND l.node:ActiveMatch | l.node] AS acceptedMatches
  WITH r, c, region, areas, language, regionCountries, p, matched, neededCount, expertise, tripartite,
       basedInCountry, speaks, home,
       reduce(acc = [], n IN [x IN areaExpertise WHERE x.expertise IN declared]
              | acc + [code IN n.areas WHERE NOT code IN acc]) AS expertiseAreas,
       COLLECT {
         UNWIND activeOffers AS o
         WITH o, COLLECT {
           MATCH (o)-[link:SERVES_COUNTRY|SERVES_REGION|IN_AREA|FROM_OFFER]-(x)
           RETURN {type: type(link), node: x} AS link
         } AS offerLinks
         WITH o, [l IN offerLinks WHERE l.type <> 'FROM_OFFER' | l.node] AS served,
              [l IN offerLinks WHERE l.type = 'FROM_OFFER' AND l.node:ActiveMatch
               | coalesce(l.node.heldAmount, 0.0)] AS used
         RETURN {
           kind: o.kind, unit: o.unit, amount: coalesce(o.amount, 0.0), capacity: coalesce(o.capacity, 1),
           speaks: language IN coalesce(o.languages, []), servesCountry: c IN served,
           servesRegion: region IS NOT NULL AND region IN served,
           areas: [a IN areas WHERE a IN served | a.code],
           usedSlots: size(used), usedAmount: reduce(s = 0.0, x IN used | s + x)
         } AS offer
       } AS offers,
       COLLECT {
         UNWIND acceptedMatches AS m
         MATCH (m)-[:FOR_REQUEST]->(x:SupportRequest)
         WHERE x <> r
         RETURN {
           similar: EXISTS { (x)-[:IN_AREA]->(a:ThematicArea) WHERE a IN areas },
           sameCountry: EXISTS { (x)-[:FOR_COUNTRY]->(c) }
         } AS accepted
       } AS accepted
  WITH r, c, areas, p, matched, neededCount, expertise, tripartite, offers,
       size([x IN accepted WHERE x.similar]) AS similarAccepted,
       size([x IN accepted WHERE x.sameCountry]) AS countryAccepted,
       reduce(acc = expertiseAreas, o IN offers | acc + [code IN o.areas WHERE NOT code IN acc]) AS coveredAreas,
       CASE WHEN basedInCountry THEN 'BASED_IN_COUNTRY'
            WHEN any(o IN offers WHERE o.servesCountry) THEN 'SERVES_COUNTRY'
            WHEN home IN regionCountries THEN 'BASED_IN_REGION'
            WHEN any(o IN offers WHERE o.servesRegion) THEN 'SERVES_REGION' END AS presence,
       CASE WHEN any(o IN offers WHERE o.speaks) THEN 'OFFER' WHEN speaks THEN 'PARTNER' END AS languageVia
  WITH r, c, areas, p, matched, neededCount, expertise, tripartite, similarAccepted, countryAccepted,
       coveredAreas, presence, languageVia,
       [o IN offers WHERE o.kind = r.kind AND o.unit = r.unit AND o.usedSlots < o.capacity
        | CASE WHEN o.amount > o.usedAmount THEN o.amount - o.usedAmount ELSE 0.0 END] AS available
  WITH r, c, p, matched, neededCount, size(areas) AS areaCount, coveredAreas, presence, languageVia,
       similarAccepted, countryAccepted,
       reduce(s = 0.0, x IN available | s + x) AS availableAmount, size(available) AS availableOffers,
       {
         expertise: expertise,
         thematicFit: CASE WHEN size(areas) = 0 THEN 0.0 ELSE toFloat(size(coveredAreas)) / size(areas) END,
         presence: CASE presence WHEN 'BASED_IN_COUNTRY' THEN 1.0 WHEN 'SERVES_COUNTRY' THEN 1.0
                   WHEN 'BASED_IN_REGION' THEN $w.regional WHEN 'SERVES_REGION' THEN $w.regional ELSE 0.0 END,
         language: CASE WHEN languageVia IS NULL THEN 0.0 ELSE 1.0 END,
         trackRecord: CASE WHEN similarAccepted + countryAccepted >= $w.saturation THEN 1.0
                      ELSE (similarAccepted + countryAccepted) / $w.saturation END,
         tripartite: tripartite
       } AS parts
  WITH r, c, p, matched, neededCount, areaCount, coveredAreas, presence, languageVia, similarAccepted,
       countryAccepted, availableAmount, availableOffers,
       parts {
         .*,
         capacity: CASE WHEN availableOffers = 0 THEN 0.0
                   WHEN r.amount IS NULL OR r.amount <= 0 OR availableAmount >= r.amount THEN 1.0
                   ELSE availableAmount / r.amount END
       } AS parts
  WITH r, c, p, matched, neededCount, areaCount, coveredAreas, presence, languageVia, similarAccepted,
       countryAccepted, availableAmount, availableOffers, parts,
       $w.expertise * parts.expertise + $w.thematicFit * parts.thematicFit + $w.presence * parts.presence
       + $w.language * parts.language + $w.capacity * parts.capacity + $w.trackRecord * parts.trackRecord
       + $w.tripartite * parts.tripartite AS score
  ORDER BY score DESC, p.normalizedName, p.id
  LIMIT $limit
  RETURN p.id AS partnerId, p.name AS name, p.normalizedName AS sortName, p.kind AS kind, parts,
         {
           matched: [m IN matched | {code: m.expertise.code, level: m.level}], needed: neededCount,
           coveredAreas: coveredAreas, areaCount: areaCount,
           presence: presence, languageVia: languageVia, availableAmount: availableAmount,
           availableOffers: availableOffers, unit: r.unit, kind: r.kind, asked: r.amount, language: r.language,
           similarAccepted: similarAccepted, countryAccepted: countryAccepted, country: c.iso3
         } AS facts
}
RETURN r IS NOT NULL AS found, partnerId, name, sortName, kind, parts, facts
