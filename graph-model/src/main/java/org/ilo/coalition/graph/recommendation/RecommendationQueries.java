package org.ilo.coalition.graph.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The recommendation statements: each recommendation is one parameterized Cypher statement that finds its
 * candidates from the anchor (a request, a partner or a country) through the graph, never by scanning a label, and
 * returns the parts of each candidate's score and the facts the reasons are written from.
 *
 * <p>Statements whose candidate sets can be large score every candidate with the cheap parts first, keep the best
 * {@code $shortlist}, and compute the parts that need the candidates' offers and matches only for those.
 */
@Component
class RecommendationQueries {

	/**
	 * Partners for a support request. Candidates: admitted partners that declare an expertise the request's objective
	 * needs (any expertise of the request's areas when the objective names none), or that have an active offer of the
	 * request's kind serving its country; never a partner rejected for the request, nor the requesting government.
	 * Partners based in the requesting country come through a third branch that only marks them as present.
	 */
	static final String PARTNERS_FOR_REQUEST = """
			OPTIONAL MATCH (r:SupportRequest {id: $requestId})
			OPTIONAL CALL (r) {
			  MATCH (r)-[:FOR_COUNTRY]->(c:Country)
			  WITH r, c, COLLECT { MATCH (c)-[:IN_REGION]->(g:Region) RETURN g }[0] AS region,
			       COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(:Objective)-[:NEEDS_EXPERTISE]->(e:Expertise) RETURN DISTINCT e } AS needed,
			       COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a } AS areas,
			       COLLECT { MATCH (c)<-[:BASED_IN]-(x:Partner) RETURN x } AS basedHere,
			       COLLECT {
			         MATCH (r)<-[:FOR_REQUEST]-(m:MatchSuggestion)-[:FROM_PARTNER]->(x:Partner)
			         WHERE m.status = 'REJECTED'
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
			       [l IN links WHERE l.type = 'FROM_PARTNER' AND l.node.status = 'ACCEPTED' | l.node] AS acceptedMatches
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
			              [l IN offerLinks WHERE l.type = 'FROM_OFFER' AND l.node.status = 'ACCEPTED'
			               | coalesce(l.node.amount, 0.0)] AS used
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
			""";

	/**
	 * Open requests for a partner. Candidates: open requests whose objective needs an expertise the partner declares,
	 * except those the partner was rejected for. The deficit severity is computed once per objective and country.
	 */
	static final String REQUESTS_FOR_PARTNER = """
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
			           MATCH (o)<-[:FROM_OFFER]-(m:MatchSuggestion) WHERE m.status = 'ACCEPTED' RETURN coalesce(m.amount, 0.0)
			         } AS used
			         RETURN {
			           kind: o.kind, unit: o.unit, amount: coalesce(o.amount, 0.0), capacity: coalesce(o.capacity, 1),
			           languages: coalesce(o.languages, []), usedSlots: size(used),
			           usedAmount: reduce(s = 0.0, x IN used | s + x)
			         } AS offer
			       } AS offers,
			       COLLECT {
			         MATCH (p)<-[:FROM_PARTNER]-(m:MatchSuggestion)-[:FOR_REQUEST]->(x:SupportRequest)
			         WHERE m.status = 'REJECTED'
			         RETURN x
			       } AS rejected,
			       COLLECT {
			         MATCH (p)<-[:FROM_PARTNER]-(m:MatchSuggestion)-[:FOR_REQUEST]->(x:SupportRequest)
			         WHERE m.status = 'ACCEPTED'
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
			    WHERE req.status = 'OPEN' AND NOT req IN rejected
			    WITH objective, rc, collect(req) AS requests
			    WITH rc, requests,
			         COLLECT { MATCH (rc)-[:IN_REGION]->(g:Region) RETURN g }[0] AS rcRegion,
			         COLLECT {
			           MATCH (objective)-[:ADDRESSES]->(i:Indicator)<-[:OF_INDICATOR]-(o:DeficitObservation)-[:OBSERVED_IN]->(rc)
			           WITH i, o ORDER BY o.year DESC
			           WITH i, head(collect(o)) AS latest
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
			""";

	/**
	 * Admitted partners similar to a partner. Candidates: partners that share an expertise or a work stream with it;
	 * the shortlist is cut on expertise and work streams, then areas and regions are compared.
	 */
	static final String SIMILAR_PARTNERS = """
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
			""";

	/**
	 * The latest observation of each indicator that the programme rules name, in one country, where it reaches the
	 * rule's severity.
	 */
	static final String PROGRAMME_SIGNALS = """
			MATCH (c:Country {iso3: $iso3})
			UNWIND $rules AS rule
			CALL (c, rule) {
			  MATCH (c)<-[:OBSERVED_IN]-(o:DeficitObservation)-[:OF_INDICATOR]->(i:Indicator)
			  WHERE i.code = rule.indicator
			  RETURN o
			  ORDER BY o.year DESC
			  LIMIT 1
			}
			WITH c, rule, o
			WHERE o.severity >= rule.minSeverity
			RETURN rule.programme AS programme, rule.indicator AS indicator, rule.minSeverity AS minSeverity,
			       o.year AS year, o.value AS value, o.severity AS severity, o.source AS source
			""";

	private final Neo4jClient client;

	RecommendationQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Empty when no request has the id; otherwise the best partners in no guaranteed order. */
	Optional<List<PartnerRow>> partnersForRequest(String requestId, int limit, RecommendationWeights weights) {
		List<Value> rows = fetch(PARTNERS_FOR_REQUEST, Map.of("requestId", requestId, "limit", (long) limit,
				"shortlist", (long) weights.shortlist(limit), "w", weights.parameters()));
		if (rows.isEmpty() || !rows.get(0).get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter((row) -> !row.get("partnerId").isNull())
			.map((row) -> new PartnerRow(row.get("partnerId").asString(), row.get("name").asString(),
					Records.string(row.get("sortName")), Records.string(row.get("kind")), row.get("parts").asMap(Value::asDouble),
					new Facts(row.get("facts"))))
			.toList());
	}

	/** Empty when no partner has the id; otherwise the best open requests in no guaranteed order. */
	Optional<List<RequestRow>> requestsForPartner(String partnerId, int limit, RecommendationWeights weights) {
		List<Value> rows = fetch(REQUESTS_FOR_PARTNER,
				Map.of("partnerId", partnerId, "limit", (long) limit, "w", weights.parameters()));
		if (rows.isEmpty() || !rows.get(0).get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter((row) -> !row.get("requestId").isNull())
			.map((row) -> new RequestRow(row.get("requestId").asString(), Records.string(row.get("deadline")),
					row.get("severity").isNull() ? null : row.get("severity").asInt(),
					row.get("parts").asMap(Value::asDouble), new Facts(row.get("facts"))))
			.toList());
	}

	/** Empty when no partner has the id; otherwise the most similar partners in no guaranteed order. */
	Optional<List<SimilarRow>> similarPartners(String partnerId, int limit, RecommendationWeights weights) {
		List<Value> rows = fetch(SIMILAR_PARTNERS, Map.of("partnerId", partnerId, "limit", (long) limit,
				"shortlist", (long) weights.shortlist(limit), "w", weights.parameters()));
		if (rows.isEmpty() || !rows.get(0).get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter((row) -> !row.get("partnerId").isNull())
			.map((row) -> new SimilarRow(row.get("partnerId").asString(), row.get("name").asString(),
					Records.string(row.get("sortName")), row.get("shares").asMap(Value::asDouble), Records.strings(row.get("expertiseCodes")),
					Records.strings(row.get("areaCodes")), Records.strings(row.get("regionCodes")),
					row.get("workStreams").asList((w) -> new WorkStreamRef(w.get("id").asString(), w.get("name").asString()))))
			.toList());
	}

	/** The observations that reach a rule's severity in {@code iso3}. */
	List<SignalRow> programmeSignals(String iso3) {
		return fetch(PROGRAMME_SIGNALS, Map.of("iso3", iso3, "rules", ProgrammeSignals.parameters())).stream()
			.map((row) -> new SignalRow(row.get("programme").asString(), row.get("indicator").asString(),
					row.get("minSeverity").asInt(), row.get("year").asInt(), row.get("value").asDouble(),
					row.get("severity").asInt(), Records.string(row.get("source"))))
			.toList();
	}

	private List<Value> fetch(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).all());
	}

	/** One partner of {@link #PARTNERS_FOR_REQUEST}. */
	record PartnerRow(String partnerId, String name, String sortName, String kind, Map<String, Double> parts,
			Facts facts) {
	}

	/** One request of {@link #REQUESTS_FOR_PARTNER}. */
	record RequestRow(String requestId, String deadline, Integer severity, Map<String, Double> parts, Facts facts) {
	}

	/** One partner of {@link #SIMILAR_PARTNERS}. */
	record SimilarRow(String partnerId, String name, String sortName, Map<String, Double> shares, List<String> expertiseCodes,
			List<String> areaCodes, List<String> regionCodes, List<WorkStreamRef> workStreams) {
	}

	record WorkStreamRef(String id, String name) {
	}

	/** One observation of {@link #PROGRAMME_SIGNALS}. */
	record SignalRow(String programme, String indicator, int minSeverity, int year, double value, int severity,
			String source) {
	}

	/** What the reasons are written from. */
	record Facts(List<Claim> matched, int needed, List<String> coveredAreas, int areaCount, String presence,
			String languageVia, double availableAmount, int availableOffers, String unit, String kind, double asked,
			String language, int similarAccepted, int countryAccepted, String country, List<Deficit> deficits) {

		Facts(Value v) {
			this(v.get("matched").asList((m) -> new Claim(m.get("code").asString(), m.get("level").asString())),
					v.get("needed").asInt(0), Records.strings(v.get("coveredAreas")), v.get("areaCount").asInt(0),
					Records.string(v.get("presence")),
					Records.string(v.get("languageVia")), v.get("availableAmount").asDouble(0),
					v.get("availableOffers").asInt(0), Records.string(v.get("unit")), Records.string(v.get("kind")),
					v.get("asked").isNull() ? 0 : v.get("asked").asDouble(), Records.string(v.get("language")),
					v.get("similarAccepted").asInt(0), v.get("countryAccepted").asInt(0),
					Records.string(v.get("country")),
					v.get("deficits").isNull() ? List.of()
							: v.get("deficits").asList((d) -> new Deficit(d.get("indicator").asString(),
									d.get("severity").asInt(), d.get("year").asInt(), d.get("value").asDouble())));
		}

	}

	record Claim(String expertiseCode, String level) {
	}

	record Deficit(String indicatorCode, int severity, int year, double value) {
	}

}
