package org.ilo.coalition.graph.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.indicator.LatestSeverity;
import org.ilo.coalition.graph.matching.MatchStatus;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.report.CoverageReport.AmountByUnit;
import org.ilo.coalition.graph.report.CoverageReport.CoverageRow;
import org.ilo.coalition.graph.report.CoverageReport.GroupKey;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage report (docs/reports.md): one statement reads a row per request covered, with its country, objective,
 * areas and matches, a second the programmes and severities of each (objective, country) among them (a few hundred
 * where there are thousands of requests); the grouping and sums are done here, regions from the reference catalog.
 */
@Component
public class CoverageReports {

	/** The group of a request that has no value of a dimension (no programme, no partner). */
	public static final String NONE = "NONE";

	/** Severity of a request whose objective addresses only indicators without a figure (docs/indicators.md). */
	static final int DEFAULT_SEVERITY = 3;

	// One row per request that is not withdrawn; the filters come from Where, each only when given.
	private static final String REQUESTS = """
			MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			WHERE r.status <> 'WITHDRAWN' AND $$filter
			RETURN r.amount AS amount, r.unit AS unit, r.createdAt AS createdAt, c.iso3 AS country,
			       COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective) RETURN o.id }[0] AS objective,
			       COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a.code } AS areas,
			       COLLECT { MATCH (r)<-[:FOR_REQUEST]-(m:ActiveMatch)-[:FROM_PARTNER]->(p:Partner)
			                 WHERE m.matchStatus IN $holding
			                 RETURN {status: m.matchStatus, held: coalesce(m.heldAmount, 0.0),
			                         delivered: coalesce(m.deliveredAmount, 0.0), kind: p.kind} } AS matches
			""";

	// Per (objective, country) of those requests, once: many requests share an objective. The severity of each
	// addressed indicator that has one in the country, by the severity rule (LatestSeverity), as matching reads it
	// (MatchingDataReader); and the programmes the objective is aligned with.
	private static final String OBJECTIVES = """
			UNWIND $pairs AS pair
			MATCH (o:Objective {id: pair.objective}), (c:Country {iso3: pair.country})
			RETURN pair.objective AS objective, pair.country AS country,
			       COLLECT { MATCH (o)-[:ALIGNED_WITH]->(p:PriorityProgramme) RETURN DISTINCT p.code } AS programmes,
			       COLLECT { MATCH (o)-[:ADDRESSES]->(i:Indicator)
			                 WITH DISTINCT i
			                 WITH $$severity AS latest
			                 WHERE latest IS NOT NULL
			                 RETURN latest } AS severities
			""".replace("$$severity", LatestSeverity.SEVERITY);

	// Also the resources-mobilized report's names of partner kinds.
	static final Map<String, String> KIND_NAMES = Map.of("GOVERNMENT", "Government",
			"EMPLOYERS_ORGANIZATION", "Employers' organization", "WORKERS_ORGANIZATION", "Workers' organization",
			"INTERNATIONAL_ORGANIZATION", "International organization", "ENTERPRISE", "Enterprise", "ACADEMIA",
			"Academia", "NGO", "Non-governmental organization", "OTHER", "Other");

	private final Neo4jClient client;

	private final ReferenceCatalog catalog;

	public CoverageReports(Neo4jClient client, ReferenceCatalog catalog) {
		this.client = client;
		this.catalog = catalog;
	}

	/** The report for these criteria and groups. */
	@Transactional(readOnly = true)
	public CoverageReport coverage(CoverageQuery query) {
		Where where = RequestFilters.byPlaceAndArea(query.countries(), query.regions(), query.thematicAreas())
			.and("programmes", RequestFilters.nullIfEmpty(query.programmes()), """
					EXISTS { (r)-[:FOR_OBJECTIVE]->(:Objective)-[:ALIGNED_WITH]->(p:PriorityProgramme)
					         WHERE p.code IN $programmes }""")
			.and("partnerKinds", RequestFilters.nullIfEmpty(query.partnerKinds()), """
					EXISTS { (r)<-[:FOR_REQUEST]-(m:ActiveMatch)-[:FROM_PARTNER]->(p:Partner)
					         WHERE m.matchStatus IN $holding AND p.kind IN $partnerKinds }""")
			.and("since", startOf(query.from()), "r.createdAt >= $since")
			.and("until", startOf(query.to() == null ? null : query.to().plusDays(1)), "r.createdAt < $until");
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("holding", MatchStatus.HOLDING);
		List<Map<String, Object>> rows = List.copyOf(this.client.query(REQUESTS.replace("$$filter", where.conditions()))
			.bindAll(parameters)
			.fetch()
			.all());
		Map<List<String>, Map<String, Object>> objectives = objectives(rows);
		List<RequestRow> requests = rows.stream()
			.map((r) -> requestRow(r, objectives.get(Arrays.asList((String) r.get("objective"), (String) r.get("country")))))
			.toList();
		return aggregate(query, requests);
	}

	/** Groups and sums the requests' rows. */
	CoverageReport aggregate(CoverageQuery query, List<RequestRow> requests) {
		Predicate<String> kindFilter = query.partnerKinds().isEmpty() ? (k) -> true : query.partnerKinds()::contains;
		Map<List<GroupKey>, Accumulator> groups = new TreeMap<>(CoverageReports::compareKeys);
		Accumulator total = new Accumulator();
		for (RequestRow request : requests) {
			List<Match> counted = request.matches().stream().filter((m) -> kindFilter.test(m.kind())).toList();
			total.add(request, counted);
			for (List<GroupKey> keys : combinations(query, request)) {
				List<Match> inGroup = counted;
				for (GroupKey key : keys) {
					if (key.dimension() == CoverageDimension.PARTNER_KIND) {
						inGroup = inGroup.stream().filter((m) -> m.kind().equals(key.code())).toList();
					}
				}
				groups.computeIfAbsent(keys, (k) -> new Accumulator()).add(request, inGroup);
			}
		}
		List<CoverageRow> rows = new ArrayList<>();
		groups.forEach((keys, accumulator) -> rows.add(accumulator.row(keys)));
		return new CoverageReport(query.groupBy(), query.from(), query.to(), rows, total.row(List.of()));
	}

	/** Every group the request falls in: one value per dimension, several for areas, programmes and partner kinds. */
	private List<List<GroupKey>> combinations(CoverageQuery query, RequestRow request) {
		List<List<GroupKey>> combinations = List.of(List.of());
		for (CoverageDimension dimension : query.groupBy()) {
			List<GroupKey> values = values(query, dimension, request);
			List<List<GroupKey>> next = new ArrayList<>();
			for (List<GroupKey> prefix : combinations) {
				for (GroupKey value : values) {
					List<GroupKey> keys = new ArrayList<>(prefix);
					keys.add(value);
					next.add(List.copyOf(keys));
				}
			}
			combinations = next;
		}
		return combinations;
	}

	private List<GroupKey> values(CoverageQuery query, CoverageDimension dimension, RequestRow request) {
		return switch (dimension) {
			case REGION -> List.of(key(dimension, request.region()));
			case COUNTRY -> List.of(key(dimension, request.country()));
			case QUARTER -> List.of(key(dimension, quarter(request.createdAt())));
			case THEMATIC_AREA -> keys(dimension, request.areas(), query.thematicAreas());
			case PROGRAMME -> keys(dimension, request.programmes(), query.programmes());
			case PARTNER_KIND -> keys(dimension, request.matches().stream().map(Match::kind).toList(),
					query.partnerKinds());
		};
	}

	/** The distinct codes kept by the filter (when it names some), or {@code NONE} when the request has none. */
	private List<GroupKey> keys(CoverageDimension dimension, Collection<String> codes, List<String> filter) {
		if (codes.isEmpty()) {
			return List.of(key(dimension, NONE));
		}
		Set<String> kept = new LinkedHashSet<>();
		for (String code : codes) {
			if (filter.isEmpty() || filter.contains(code)) {
				kept.add(code);
			}
		}
		return kept.stream().map((code) -> key(dimension, code)).toList();
	}

	private GroupKey key(CoverageDimension dimension, String code) {
		if (code == null) {
			code = NONE;
		}
		return new GroupKey(dimension, code, name(dimension, code));
	}

	private String name(CoverageDimension dimension, String code) {
		if (NONE.equals(code)) {
			return switch (dimension) {
				case PROGRAMME -> "No priority programme";
				case PARTNER_KIND -> "No partner";
				default -> "None";
			};
		}
		return switch (dimension) {
			case REGION -> this.catalog.region(code).map((r) -> r.name()).orElse(code);
			case COUNTRY -> this.catalog.country(code).map((c) -> c.name()).orElse(code);
			case THEMATIC_AREA -> this.catalog.thematicArea(code).map((a) -> a.name()).orElse(code);
			case PROGRAMME -> this.catalog.priorityProgramme(code).map((p) -> p.name()).orElse(code);
			case PARTNER_KIND -> KIND_NAMES.getOrDefault(code, code);
			case QUARTER -> code;
		};
	}

	/** The quarter of an instant in UTC, such as {@code 2026-Q3}. */
	static String quarter(OffsetDateTime createdAt) {
		if (createdAt == null) {
			return NONE;
		}
		OffsetDateTime utc = createdAt.withOffsetSameInstant(ZoneOffset.UTC);
		return utc.getYear() + "-Q" + ((utc.getMonthValue() - 1) / 3 + 1);
	}

	/** The severity weight of a request, as the solver weighs unmet need: 2^(severity − 1). */
	static int weight(List<Integer> severities) {
		int severity = severities.stream().max(Integer::compare).orElse(DEFAULT_SEVERITY);
		return 1 << (severity - 1);
	}

	private static int compareKeys(List<GroupKey> a, List<GroupKey> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).code().compareTo(b.get(i).code());
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
	}


	/** The programmes and severities of each (objective, country) of the requests, by [objective id, ISO3]. */
	private Map<List<String>, Map<String, Object>> objectives(List<Map<String, Object>> requests) {
		Set<List<String>> pairs = new LinkedHashSet<>();
		for (Map<String, Object> r : requests) {
			if (r.get("objective") != null) {
				pairs.add(Arrays.asList((String) r.get("objective"), (String) r.get("country")));
			}
		}
		Map<List<String>, Map<String, Object>> objectives = new HashMap<>();
		if (pairs.isEmpty()) {
			return objectives;
		}
		List<Map<String, Object>> parameter = pairs.stream()
			.map((p) -> Map.<String, Object>of("objective", p.get(0), "country", p.get(1)))
			.toList();
		this.client.query(OBJECTIVES).bind(parameter).to("pairs").fetch().all().forEach((o) -> objectives
			.put(Arrays.asList((String) o.get("objective"), (String) o.get("country")), o));
		return objectives;
	}

	private RequestRow requestRow(Map<String, Object> r, Map<String, Object> objective) {
		List<Match> matches = new ArrayList<>();
		for (Object item : (List<?>) r.get("matches")) {
			Map<?, ?> m = (Map<?, ?>) item;
			matches.add(new Match((String) m.get("status"), ((Number) m.get("held")).doubleValue(),
					((Number) m.get("delivered")).doubleValue(), (String) m.get("kind")));
		}
		List<Integer> severities = new ArrayList<>();
		for (Object s : objective == null ? List.of() : (List<?>) objective.get("severities")) {
			if (s != null) {
				severities.add(((Number) s).intValue());
			}
		}
		Object createdAt = r.get("createdAt");
		return new RequestRow(((Number) r.get("amount")).doubleValue(), (String) r.get("unit"),
				createdAt instanceof java.time.ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) createdAt,
				(String) r.get("country"), region((String) r.get("country")), strings(r.get("areas")),
				objective == null ? List.of() : strings(objective.get("programmes")), matches, severities);
	}

	private String region(String iso3) {
		return this.catalog.country(iso3).map((c) -> c.region() == null ? null : c.region().code()).orElse(null);
	}

	private static List<String> strings(Object value) {
		return ((List<?>) value).stream().map(String.class::cast).toList();
	}

	/** A match holding part of a request: its state, what it holds and delivered, its partner's kind. */
	record Match(String status, double held, double delivered, String kind) {

		boolean confirmed() {
			return !MatchStatus.AWAITING_CONSENT.name().equals(this.status);
		}

	}

	/** A request covered by the report, as the statement reads it. */
	record RequestRow(double amount, String unit, OffsetDateTime createdAt, String country, String region,
			List<String> areas, List<String> programmes, List<Match> matches, List<Integer> severities) {
	}

	/** Sums of one group. */
	private static final class Accumulator {

		private int requests;

		private int matched;

		private int confirmed;

		private int delivered;

		private double weighted;

		private double weights;

		private final Map<String, double[]> units = new TreeMap<>();

		private final Map<String, Integer> unitRequests = new HashMap<>();

		void add(RequestRow request, List<Match> matches) {
			double held = 0;
			double confirmedHeld = 0;
			double deliveredAmount = 0;
			for (Match m : matches) {
				held += m.held();
				if (m.confirmed()) {
					confirmedHeld += m.held();
				}
				deliveredAmount += m.delivered();
			}
			this.requests++;
			this.matched += held > 0 ? 1 : 0;
			this.confirmed += confirmedHeld > 0 ? 1 : 0;
			this.delivered += deliveredAmount > 0 ? 1 : 0;
			int weight = weight(request.severities());
			double covered = request.amount() > 0 ? Math.min(1.0, confirmedHeld / request.amount()) : 0.0;
			this.weighted += weight * covered;
			this.weights += weight;
			double[] sums = this.units.computeIfAbsent(request.unit(), (u) -> new double[4]);
			sums[0] += request.amount();
			sums[1] += held;
			sums[2] += confirmedHeld;
			sums[3] += deliveredAmount;
			this.unitRequests.merge(request.unit(), 1, Integer::sum);
		}

		CoverageRow row(List<GroupKey> keys) {
			List<AmountByUnit> amounts = new ArrayList<>();
			this.units.forEach((unit, s) -> amounts.add(new AmountByUnit(unit, this.unitRequests.get(unit), s[0], s[1],
					s[2], s[3], share(s[1], s[0]), share(s[2], s[0]), share(s[3], s[0]))));
			amounts.sort(Comparator.comparing(AmountByUnit::unit));
			return new CoverageRow(keys, this.requests, this.matched, this.confirmed, this.delivered,
					this.weights > 0 ? this.weighted / this.weights : null, amounts);
		}

		private static Double share(double part, double whole) {
			return whole > 0 ? part / whole : null;
		}

	}

}
