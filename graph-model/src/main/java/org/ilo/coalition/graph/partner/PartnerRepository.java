package org.ilo.coalition.graph.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.change.ReadCacheConfiguration;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

import static org.ilo.coalition.graph.paging.Records.enumOf;

/** Read queries of the partner directory, each one Cypher statement whatever the number of keys. */
@Repository
public class PartnerRepository {

	/** The ordering name that partner cursors carry. */
	public static final String ORDERING = "partner";

	/** The cursor that points at {@code partner} in the directory's ordering. */
	public static Cursor cursorOf(PartnerView partner) {
		return new Cursor(ORDERING, partner.normalizedName(), partner.id());
	}


	// One projection for every partner query, so that all of them return the same complete view; only a page may
	// leave out relationships its document does not ask for. The partner's own relationships are read in one pass
	// (one COLLECT per kind would walk its relationship chain once per kind, and cost about 40 % more time per page);
	// they are sorted in Java.
	private static final String PROPERTIES = """
			  .id, .version, .name, .normalizedName, .kind, .constituent, .membershipStatus, .verified, .languages,
			  .description, .website, .demo, .createdAt, .contactEmail, .decisionReason""";

	private static final String LINKS = """
			  links: COLLECT {
			    MATCH (p)-[l:BASED_IN|HAS_EXPERTISE|CONTRIBUTES_TO|LEADS|SUPPORTS]->(x)
			    RETURN CASE type(l)
			             WHEN 'BASED_IN' THEN ['BASED_IN', x.iso3]
			             WHEN 'HAS_EXPERTISE' THEN ['HAS_EXPERTISE', x.code, l.level]
			             WHEN 'CONTRIBUTES_TO' THEN ['CONTRIBUTES_TO', x.code]
			             ELSE [type(l), x.id, x.name] END
			  }""";

	private static final String OFFER_AREAS = """
			  offerAreas: COLLECT { MATCH (p)-[:OFFERS]->(:Offer)-[:IN_AREA]->(a:ThematicArea) RETURN DISTINCT a.code }""";

	private static final String PROJECTION = projection(PartnerParts.ALL);

	// The page statement is composed from these fixed fragments, choosing only those whose criteria are given: a
	// "$x IS NULL OR ..." filter keeps the planner from using indexes. Values always travel as parameters.
	private static final String ALL_IN_NAME_ORDER = """
			MATCH (p:Partner) USING INDEX p:Partner(normalizedName, id)
			WHERE p.normalizedName >= $from AND p.id IS NOT NULL""";

	private static final String ALL = "MATCH (p:Partner) WHERE true";

	private static final String IN_REGION = """
			MATCH (:Region {code: $region})<-[:IN_REGION]-(:Country)<-[:BASED_IN]-(p:Partner) WHERE true""";

	private static final String IN_COUNTRY = "MATCH (:Country {iso3: $country})<-[:BASED_IN]-(p:Partner) WHERE true";

	private static final String WITH_EXPERTISE = "MATCH (:Expertise {code: $expertise})<-[:HAS_EXPERTISE]-(p:Partner) WHERE true";

	private static final String KINDS = " AND p.kind IN $kinds";

	private static final String STATUSES = " AND p.membershipStatus IN $statuses";

	private static final String COUNTRY = " AND EXISTS { (p)-[:BASED_IN]->(:Country {iso3: $country}) }";

	private static final String REGION = " AND EXISTS { (p)-[:BASED_IN]->(:Country)-[:IN_REGION]->(:Region {code: $region}) }";

	private static final String EXPERTISE = " AND EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise {code: $expertise}) }";

	private static final String AREA = """
			 AND (EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_AREA]->(:ThematicArea {code: $area}) }
			      OR EXISTS { (p)-[:OFFERS]->(:Offer)-[:IN_AREA]->(:ThematicArea {code: $area}) })""";

	private static final String NAME = " AND p.normalizedName CONTAINS $name";

	private static final String AFTER = " AND (p.normalizedName > $afterName OR (p.normalizedName = $afterName AND p.id > $afterId))";

	// Ordering and projecting in separate subqueries: in one, Neo4j 5.26's planner fails on the index-ordered scan
	// ("insertCachedProperties ... should not appear non-cached").
	private static final String PAGE = """
			CALL () {
			  %s
			  WITH p ORDER BY p.normalizedName, p.id LIMIT $limit
			  RETURN collect(p) AS nodes
			}
			CALL (nodes) {
			  UNWIND nodes AS p
			  RETURN collect(%s) AS page
			}""";

	private static final String COUNT = """
			CALL () {
			  %s
			  RETURN count(p) AS total
			}""";

	private static final String BY_IDS = """
			MATCH (p:Partner) WHERE p.id IN $ids
			RETURN %s AS partner
			""".formatted(PROJECTION);

	private static final String BY_COUNTRIES = """
			MATCH (p:Partner)-[:BASED_IN]->(c:Country) WHERE c.iso3 IN $iso3s
			WITH p ORDER BY p.normalizedName, p.id
			RETURN %s AS partner
			""".formatted(PROJECTION);

	private static final String DEMO_GOVERNMENT = """
			MATCH (p:Partner {kind: 'GOVERNMENT', demo: true, membershipStatus: 'ADMITTED'})-[:BASED_IN]->(:Country {iso3: $iso3})
			WITH p ORDER BY p.normalizedName LIMIT 1
			RETURN %s AS partner
			""".formatted(PROJECTION);

	// By id, not name, so that renaming a partner does not move a demo login to another one; only partners admitted
	// with the demo data (no later decision), so that admitting a pending one does not either.
	private static final String DEMO_REPRESENTATIVES = """
			UNWIND $kinds AS kind
			CALL (kind) {
			  MATCH (p:Partner {kind: kind, demo: true, membershipStatus: 'ADMITTED'})
			  WHERE p.decidedAt IS NULL
			  WITH p ORDER BY p.id LIMIT 1
			  RETURN p
			}
			RETURN %s AS partner
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	// A count passes over every matching partner (most of the cost of a page at 10,000 partners); it changes only
	// when the graph does, so the page statement reads it only when no current count is held for the filter.
	private final Cache totals;

	// Partners looked up by id (nested fields of recommendations, node and partner queries) repeat far more often
	// than they change.
	private final Cache byId;

	private final GraphChanges changes;

	PartnerRepository(Neo4jClient client, CacheManager caches, GraphChanges changes) {
		this.client = client;
		this.totals = caches.getCache(ReadCacheConfiguration.PARTNER_TOTALS);
		this.byId = caches.getCache(ReadCacheConfiguration.PARTNERS_BY_ID);
		this.changes = changes;
	}

	/**
	 * One page in (normalized name, id) order after {@code after}, in one statement; the total count is computed only
	 * when {@code withTotal} (else it is -1), since it costs a pass over every matching partner.
	 */
	public ResultPage<PartnerView> findPage(PartnerFilter filter, int first, Cursor after, boolean withTotal) {
		return findPage(filter, first, after, withTotal, PartnerParts.ALL);
	}

	/**
	 * The same page, reading only the {@code parts} of each partner that the caller will use: what is left out is
	 * empty in the views (country null, lists empty), so these views must not be handed on.
	 */
	public ResultPage<PartnerView> findPage(PartnerFilter filter, int first, Cursor after, boolean withTotal,
			PartnerParts parts) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", filter.kinds() == null || filter.kinds().isEmpty() ? null
				: filter.kinds().stream().map(Enum::name).toList());
		parameters.put("statuses", filter.membershipStatuses() == null || filter.membershipStatuses().isEmpty() ? null
				: filter.membershipStatuses().stream().map(Enum::name).toList());
		parameters.put("country", filter.countryIso3());
		parameters.put("region", filter.regionCode());
		parameters.put("expertise", filter.expertiseCode());
		parameters.put("area", filter.thematicAreaCode());
		parameters.put("name", filter.nameContains());
		parameters.put("afterName", after == null ? null : after.sortKey());
		parameters.put("afterId", after == null ? null : after.id());
		parameters.put("from", after == null ? "" : after.sortKey());
		parameters.put("limit", first + 1);
		if (!withTotal) {
			return ResultPage.ofLookahead(fetch(parameters, false, parts).views(), first, -1);
		}
		Object totalKey = this.changes.key(filter);
		Long total = this.totals.get(totalKey, Long.class);
		if (total != null) {
			return ResultPage.ofLookahead(fetch(parameters, false, parts).views(), first, total);
		}
		Fetched fetched = fetch(parameters, true, parts);
		this.totals.put(totalKey, fetched.total());
		return ResultPage.ofLookahead(fetched.views(), first, fetched.total());
	}

	private Fetched fetch(Map<String, Object> parameters, boolean withTotal, PartnerParts parts) {
		return this.client.query(pageStatement(parameters, withTotal, parts)).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(record.get("page").asList(PartnerRepository::toView),
					record.get("total").asLong()))
			.one().orElseThrow();
	}

	/** Picks the most selective starting point, then adds a condition for every other criterion given. */
	static String pageStatement(Map<String, Object> parameters, boolean withTotal, PartnerParts parts) {
		String anchor;
		String anchorFor = null;
		if (parameters.get("region") != null) {
			anchor = IN_REGION;
			anchorFor = "region";
		}
		else if (parameters.get("country") != null) {
			anchor = IN_COUNTRY;
			anchorFor = "country";
		}
		else if (parameters.get("expertise") != null) {
			anchor = WITH_EXPERTISE;
			anchorFor = "expertise";
		}
		else {
			anchor = null;
		}
		StringBuilder conditions = new StringBuilder();
		append(conditions, parameters, "kinds", KINDS, anchorFor);
		append(conditions, parameters, "statuses", STATUSES, anchorFor);
		append(conditions, parameters, "country", COUNTRY, anchorFor);
		append(conditions, parameters, "region", REGION, anchorFor);
		append(conditions, parameters, "expertise", EXPERTISE, anchorFor);
		append(conditions, parameters, "area", AREA, anchorFor);
		append(conditions, parameters, "name", NAME, anchorFor);
		String keyset = parameters.get("afterName") == null ? "" : AFTER;
		// Without an anchor, walking the (name, id) index in order lets LIMIT stop after one page.
		String page = PAGE.formatted((anchor == null ? ALL_IN_NAME_ORDER : anchor) + conditions + keyset,
				projection(parts));
		if (!withTotal) {
			return page + "\nRETURN -1 AS total, page";
		}
		String count = COUNT.formatted((anchor == null ? ALL : anchor) + conditions);
		return count + "\n" + page + "\nRETURN total, page";
	}

	static String projection(PartnerParts parts) {
		StringBuilder projection = new StringBuilder("p {\n").append(PROPERTIES);
		if (parts.links()) {
			projection.append(",\n").append(LINKS);
		}
		if (parts.offerAreas()) {
			projection.append(",\n").append(OFFER_AREAS);
		}
		return projection.append("\n}").toString();
	}

	private static void append(StringBuilder conditions, Map<String, Object> parameters, String key, String fragment,
			String anchorFor) {
		if (parameters.get(key) != null && !key.equals(anchorFor)) {
			conditions.append(" ").append(fragment.strip());
		}
	}

	private record Fetched(List<PartnerView> views, long total) {
	}

	/** Partners with these ids, in no particular order; unknown ids are skipped. */
	public List<PartnerView> findViewsByIds(Collection<String> ids) {
		List<PartnerView> views = new ArrayList<>();
		// Keys taken before the read, so that a write committed meanwhile leaves what is read now unused.
		Map<String, Object> missing = new LinkedHashMap<>();
		for (String id : ids) {
			Object key = this.changes.key(id);
			PartnerView cached = this.byId.get(key, PartnerView.class);
			if (cached != null) {
				views.add(cached);
			}
			else {
				missing.putIfAbsent(id, key);
			}
		}
		if (!missing.isEmpty()) {
			for (PartnerView view : this.client.query(BY_IDS).bind(List.copyOf(missing.keySet())).to("ids")
				.fetchAs(PartnerView.class).mappedBy((types, record) -> toView(record.get("partner"))).all()) {
				this.byId.put(missing.get(view.id()), view);
				views.add(view);
			}
		}
		return List.copyOf(views);
	}

	/** Partners based in each of these countries, by name. */
	public Map<String, List<PartnerView>> findViewsByCountries(Collection<String> iso3s) {
		List<PartnerView> rows = List.copyOf(this.client.query(BY_COUNTRIES).bind(List.copyOf(iso3s)).to("iso3s")
			.fetchAs(PartnerView.class).mappedBy((types, record) -> toView(record.get("partner"))).all());
		return Records.groupBy(iso3s, rows, PartnerView::countryIso3);
	}

	/** The admitted demo-data government of {@code iso3}, when the demo data has one. */
	public Optional<PartnerView> findDemoGovernment(String iso3) {
		return this.client.query(DEMO_GOVERNMENT).bind(iso3).to("iso3").fetchAs(PartnerView.class)
			.mappedBy((types, record) -> toView(record.get("partner"))).one();
	}

	/**
	 * For each kind other than government, in the enum's order, the demo partner with the lowest id among those
	 * admitted with the demo data: the same partner whatever is renamed or decided later.
	 */
	public List<PartnerView> findDemoRepresentatives() {
		List<String> kinds = Arrays.stream(PartnerKind.values()).filter((k) -> k != PartnerKind.GOVERNMENT)
			.map(Enum::name).toList();
		return List.copyOf(this.client.query(DEMO_REPRESENTATIVES).bind(kinds).to("kinds").fetchAs(PartnerView.class)
			.mappedBy((types, record) -> toView(record.get("partner"))).all());
	}

	static PartnerView toView(Value p) {
		String country = null;
		List<PartnerView.ExpertiseClaim> expertise = new ArrayList<>();
		List<String> functionalAreas = new ArrayList<>();
		List<WorkStreamLink> workStreams = new ArrayList<>();
		for (Value link : p.get("links").isNull() ? List.<Value>of() : p.get("links").values()) {
			switch (link.get(0).asString()) {
				case "BASED_IN" -> country = link.get(1).asString();
				case "HAS_EXPERTISE" -> expertise.add(new PartnerView.ExpertiseClaim(link.get(1).asString(),
						enumOf(ExpertiseLevel.class, link.get(2))));
				case "CONTRIBUTES_TO" -> functionalAreas.add(link.get(1).asString());
				default -> workStreams.add(new WorkStreamLink(new PartnerView.Participation(link.get(1).asString(),
						"LEADS".equals(link.get(0).asString())), Records.string(link.get(2))));
			}
		}
		expertise.sort(Comparator.comparing(PartnerView.ExpertiseClaim::expertiseCode));
		functionalAreas.sort(Comparator.naturalOrder());
		workStreams.sort(Comparator.comparing(WorkStreamLink::name, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing((w) -> w.participation().workStreamId()));
		return new PartnerView(p.get("id").asString(), p.get("version").asLong(0), p.get("name").asString(), p.get("normalizedName").asString(),
				enumOf(PartnerKind.class, p.get("kind")), Records.bool(p.get("constituent")),
				enumOf(MembershipStatus.class, p.get("membershipStatus")), Records.bool(p.get("verified")),
				country, Records.strings(p.get("languages")),
				Records.string(p.get("description")), Records.string(p.get("website")), Records.bool(p.get("demo")),
				Records.dateTime(p.get("createdAt")), expertise, functionalAreas,
				Records.strings(p.get("offerAreas")).stream().sorted().toList(),
				workStreams.stream().map(WorkStreamLink::participation).toList(),
				Records.string(p.get("contactEmail")), Records.string(p.get("decisionReason")));
	}

	private record WorkStreamLink(PartnerView.Participation participation, String name) {
	}

}
