import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * PROFILE of the two statements behind the nested partners query, copied from PartnerQueriesImpl (PAGE) and
 * OfferQueriesImpl (BY_PARTNERS), against a running application's embedded Neo4j over Bolt on 127.0.0.1.
 *
 * java -cp DRIVER_JAR:REACTIVE_STREAMS_JAR bench/Profile.java bolt://127.0.0.1:BOLT_PORT [REGION]
 * (bench/profile.sh finds the jars in ~/.m2.) Prints db hits and time per statement, the plan of each, and the
 * median client-side wall time of 20 unprofiled runs.
 */
public class Profile {

	static final String PROJECTION = """
			p {
			  .id, .name, .normalizedName, .kind, .constituent, .membershipStatus, .verified, .languages,
			  .description, .website, .demo, .createdAt,
			  country: COLLECT { MATCH (p)-[:BASED_IN]->(c:Country) RETURN c.iso3 }[0],
			  expertise: COLLECT { MATCH (p)-[d:HAS_EXPERTISE]->(e:Expertise) RETURN {code: e.code, level: d.level} ORDER BY e.code },
			  functionalAreas: COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(f:FunctionalArea) RETURN f.code ORDER BY f.code },
			  thematicAreas: COLLECT {
			    MATCH (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_AREA]->(a:ThematicArea) RETURN a.code AS code
			    UNION
			    MATCH (p)-[:OFFERS]->(:Offer)-[:IN_AREA]->(a:ThematicArea) RETURN a.code AS code
			  },
			  workStreams: COLLECT {
			    MATCH (p)-[r:LEADS|SUPPORTS]->(w:WorkStream) RETURN {id: w.id, lead: type(r) = 'LEADS'} ORDER BY w.name
			  }
			}""";

	static final String FILTER = """
			($kinds IS NULL OR p.kind IN $kinds)
			AND ($statuses IS NULL OR p.membershipStatus IN $statuses)
			AND ($country IS NULL OR EXISTS { (p)-[:BASED_IN]->(:Country {iso3: $country}) })
			AND ($region IS NULL OR EXISTS { (p)-[:BASED_IN]->(:Country)-[:IN_REGION]->(:Region {code: $region}) })
			AND ($expertise IS NULL OR EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise {code: $expertise}) })
			AND ($area IS NULL
			     OR EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_AREA]->(:ThematicArea {code: $area}) }
			     OR EXISTS { (p)-[:OFFERS]->(:Offer)-[:IN_AREA]->(:ThematicArea {code: $area}) })
			AND ($name IS NULL OR p.normalizedName CONTAINS $name)
			""";

	static final String PAGE = """
			CALL () {
			  MATCH (p:Partner) WHERE %1$s
			  RETURN count(p) AS total
			}
			CALL () {
			  MATCH (p:Partner)
			  WHERE p.normalizedName >= coalesce($afterName, '') AND %1$s
			    AND ($afterName IS NULL OR p.normalizedName > $afterName OR p.id > $afterId)
			  WITH p ORDER BY p.normalizedName, p.id LIMIT $limit
			  RETURN collect(%2$s) AS page
			}
			RETURN total, page
			""".formatted(FILTER, PROJECTION);

	static final String OFFER_PROJECTION = """
			o {
			  .id, .title, .description, .kind, .amount, .unit, .capacity, .availableFrom, .availableUntil,
			  .languages, .status, partnerId: p.id,
			  areas: COLLECT { MATCH (o)-[:IN_AREA]->(a:ThematicArea) RETURN a.code ORDER BY a.code },
			  countries: COLLECT { MATCH (o)-[:SERVES_COUNTRY]->(c:Country) RETURN c.iso3 ORDER BY c.iso3 },
			  regions: COLLECT { MATCH (o)-[:SERVES_REGION]->(r:Region) RETURN r.code ORDER BY r.code }
			}""";

	static final String OFFERS_BY_PARTNERS = """
			MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE p.id IN $ids
			WITH p, o ORDER BY o.title, o.id
			RETURN %s AS offer
			""".formatted(OFFER_PROJECTION);

	public static void main(String[] args) {
		String uri = args[0];
		String region = args.length > 1 ? args[1] : "AFRICA";
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none()); Session session = driver.session()) {
			for (String r : new String[] { null, region }) {
				Map<String, Object> params = pageParams(r);
				String label = "PAGE region=" + r;
				run(session, label, PAGE, params);
				List<String> ids = session.run(PAGE, params).single().get("page").asList((v) -> v.get("id").asString());
				run(session, "OFFERS_BY_PARTNERS (" + ids.size() + " ids from " + label + ")", OFFERS_BY_PARTNERS,
						Map.of("ids", ids));
			}
			// Sketches of the suggested rewrites (docs/benchmarks.md section 5), same page of 51, same projection.
			Map<String, Object> sketch = new HashMap<>();
			sketch.put("limit", 51);
			sketch.put("region", region);
			run(session, "SUGGESTED page, no filter, planner's choice", """
					MATCH (p:Partner) WHERE p.normalizedName >= ''
					WITH p ORDER BY p.normalizedName, p.id LIMIT $limit
					RETURN collect(%s) AS page
					""".formatted(PROJECTION), sketch);
			run(session, "SUGGESTED page, no filter, range index hinted", """
					MATCH (p:Partner) USING INDEX p:Partner(normalizedName, id)
					WHERE p.normalizedName >= '' AND p.id IS NOT NULL
					WITH p ORDER BY p.normalizedName, p.id LIMIT $limit
					RETURN collect(%s) AS page
					""".formatted(PROJECTION), sketch);
			run(session, "SUGGESTED count, no filter (count store)", "MATCH (p:Partner) RETURN count(p) AS total", sketch);
			run(session, "SUGGESTED page, region anchored at Region", """
					MATCH (:Region {code: $region})<-[:IN_REGION]-(:Country)<-[:BASED_IN]-(p:Partner)
					WITH p ORDER BY p.normalizedName, p.id LIMIT $limit
					RETURN collect(%s) AS page
					""".formatted(PROJECTION), sketch);
			run(session, "SUGGESTED count, region anchored at Region", """
					MATCH (:Region {code: $region})<-[:IN_REGION]-(:Country)<-[:BASED_IN]-(p:Partner)
					RETURN count(p) AS total
					""", sketch);
			// The two halves of PAGE on their own, unfiltered.
			run(session, "COUNT only, region=null", "MATCH (p:Partner) WHERE " + FILTER + " RETURN count(p) AS total",
					pageParams(null));
			run(session, "COUNT only, region=" + region,
					"MATCH (p:Partner) WHERE " + FILTER + " RETURN count(p) AS total", pageParams(region));
		}
	}

	static Map<String, Object> pageParams(String region) {
		Map<String, Object> p = new HashMap<>();
		for (String k : new String[] { "kinds", "statuses", "country", "expertise", "area", "name", "afterName",
				"afterId" }) {
			p.put(k, null);
		}
		p.put("region", region);
		p.put("limit", 51);
		return p;
	}

	static void run(Session session, String label, String cypher, Map<String, Object> params) {
		for (int i = 0; i < 5; i++) {
			session.run(cypher, params).consume(); // warm the plan cache and page cache
		}
		List<Long> wall = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long t = System.nanoTime();
			session.run(cypher, params).list();
			wall.add((System.nanoTime() - t) / 1000);
		}
		wall.sort(null);
		ResultSummary summary = session.run("PROFILE " + cypher, params).consume();
		ProfiledPlan plan = summary.profile();
		System.out.printf("%n=== %s: median wall %.2f ms (p90 %.2f ms) over 20 runs; PROFILE total db hits %d%n", label,
				wall.get(10) / 1000.0, wall.get(18) / 1000.0, totalHits(plan));
		print(plan, "");
	}

	static long totalHits(ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += totalHits(child);
		}
		return hits;
	}

	static void print(ProfiledPlan plan, String indent) {
		Object details = plan.arguments().get("Details");
		String d = details == null ? "" : details.toString().replaceAll("\\s+", " ");
		if (d.length() > 110) {
			d = d.substring(0, 110) + "...";
		}
		System.out.printf("%s%s rows=%d dbHits=%d %s%n", indent, plan.operatorType(), plan.records(), plan.dbHits(), d);
		for (ProfiledPlan child : plan.children()) {
			print(child, indent + "  ");
		}
	}

}
