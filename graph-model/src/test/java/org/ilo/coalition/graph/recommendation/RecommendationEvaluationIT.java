package org.ilo.coalition.graph.recommendation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataSize;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.partner.ExpertiseLevel;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline evaluation of {@code recommendPartners} against planted accepted matches, next to popularity baselines.
 * Too slow for every build, so it runs only when asked:
 * {@code mvn -B -pl graph-model -am verify -Dcoalition.reco.evaluation=true -Dit.test=RecommendationEvaluationIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 *
 * <p>The planting rule, the hold-out and the metrics are described in {@code docs/recommendations.md}.
 */
@EnabledIfSystemProperty(named = "coalition.reco.evaluation", matches = "true")
class RecommendationEvaluationIT extends GraphModelIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(RecommendationEvaluationIT.class);

	/** A mid-size coalition: large enough for the rankings to matter, small enough to run in a minute. */
	static final DemoDataSize SIZE = new DemoDataSize(2_000, 8_000, 120, 3_000, 8);

	static final long SEED = 20261127L;

	static final double HOLD_OUT = 0.2;

	@Autowired
	MigrationRunner migrations;

	@Autowired
	ReferenceDataLoader referenceData;

	@Autowired
	DemoDataGenerator demoData;

	@Autowired
	ReferenceCatalog catalog;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	RecommendationQueries queries;

	@Test
	void recommendPartnersBeatsPopularityOnHeldOutAcceptedMatches() {
		this.migrations.migrate();
		this.referenceData.load();
		this.demoData.generate(SIZE, SEED);
		this.catalog.refresh();
		List<RequestFacts> requests = readRequests();
		Map<String, PartnerFacts> partners = readPartners();

		// Plant accepted matches by the rule, then hold out a fifth of them.
		Random random = new Random(SEED);
		Map<String, Double> reputation = new HashMap<>();
		partners.keySet().stream().sorted().forEach((id) -> reputation.put(id, random.nextGaussian() * 0.2));
		List<Match> planted = new ArrayList<>();
		for (RequestFacts request : requests) {
			if (random.nextDouble() >= 0.75) {
				continue;
			}
			List<Map.Entry<String, Double>> utilities = new ArrayList<>();
			for (PartnerFacts partner : partners.values()) {
				double coverage = coverage(partner, request);
				if (coverage > 0) {
					double utility = coverage + (partner.region().equals(request.region()) ? 0.4 : 0)
							+ (partner.offerKinds().contains(request.kind()) ? 0.3 : 0) + (partner.constituent() ? 0.2 : 0)
							+ reputation.get(partner.id()) + random.nextGaussian() * 0.3;
					utilities.add(Map.entry(partner.id(), utility));
				}
			}
			utilities.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
			int k = 1 + (random.nextDouble() < 0.5 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
			utilities.stream().limit(k).forEach((e) -> planted.add(new Match(request.id(), e.getKey())));
		}
		Collections.shuffle(planted, random);
		int heldOutCount = (int) Math.round(planted.size() * HOLD_OUT);
		List<Match> heldOut = planted.subList(0, heldOutCount);
		List<Match> training = planted.subList(heldOutCount, planted.size());
		writeAccepted(training);

		Map<String, Set<String>> heldOutByRequest = group(heldOut);
		Map<String, Set<String>> trainingByRequest = group(training);
		Map<String, Long> popularity = new HashMap<>();
		training.forEach((m) -> popularity.merge(m.partnerId(), 1L, Long::sum));
		List<String> byPopularity = partners.values().stream()
			.sorted(Comparator.comparingLong((PartnerFacts p) -> -popularity.getOrDefault(p.id(), 0L))
				.thenComparing(PartnerFacts::name).thenComparing(PartnerFacts::id))
			.map(PartnerFacts::id).toList();
		Map<String, RequestFacts> requestsById = new HashMap<>();
		requests.forEach((r) -> requestsById.put(r.id(), r));

		// Every candidate scored fully, to see what the shortlist costs.
		RecommendationWeights exhaustive = new RecommendationWeights(RecommendationWeights.DEFAULT.fit(),
				RecommendationWeights.DEFAULT.regionalPresence(), RecommendationWeights.DEFAULT.trackRecordSaturation(),
				RecommendationWeights.DEFAULT.severityInfluence(), RecommendationWeights.DEFAULT.unknownSeverity(),
				RecommendationWeights.DEFAULT.similarity(), 1_000_000, 1);
		Map<String, BiFunction<String, Set<String>, List<String>>> rankers = new LinkedHashMap<>();
		rankers.put("recommendPartners", (requestId, exclude) -> this.recommendations
			.recommendPartners(requestId, Math.min(RecommendationService.MAX_FIRST, 10 + exclude.size())).orElseThrow()
			.stream().map(RankedPartner::partnerId).filter((id) -> !exclude.contains(id)).limit(10).toList());
		rankers.put("recommendPartners, every candidate scored fully", (requestId, exclude) -> this.queries
			.partnersForRequest(requestId, Math.min(RecommendationService.MAX_FIRST, 10 + exclude.size()), exhaustive)
			.orElseThrow().stream()
			.sorted(java.util.Comparator.comparingDouble((RecommendationQueries.PartnerRow row) -> -RecommendationWeights.DEFAULT
				.fitScore(fitParts(row.parts()))).thenComparing(RecommendationQueries.PartnerRow::sortName)
				.thenComparing(RecommendationQueries.PartnerRow::partnerId))
			.map(RecommendationQueries.PartnerRow::partnerId).filter((id) -> !exclude.contains(id)).limit(10).toList());
		rankers.put("popularity", (requestId, exclude) -> byPopularity.stream()
			.filter((id) -> !exclude.contains(id)).limit(10).toList());
		rankers.put("popularity among partners with a needed expertise", (requestId, exclude) -> byPopularity.stream()
			.filter((id) -> !exclude.contains(id) && coverage(partners.get(id), requestsById.get(requestId)) > 0)
			.limit(10).toList());

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%d partners (%d admitted), %d requests; %d accepted matches planted "
				+ "on %d requests, %d held out on %d requests%n", SIZE.partners(), partners.size(), requests.size(),
				planted.size(), group(planted).size(), heldOut.size(), heldOutByRequest.size()));
		Map<String, double[]> results = new LinkedHashMap<>();
		rankers.forEach((name, ranker) -> {
			long started = System.nanoTime();
			double precision = 0;
			double recall = 0;
			for (Map.Entry<String, Set<String>> entry : heldOutByRequest.entrySet()) {
				List<String> top = ranker.apply(entry.getKey(), trainingByRequest.getOrDefault(entry.getKey(), Set.of()));
				Set<String> truth = entry.getValue();
				precision += top.stream().limit(5).filter(truth::contains).count() / 5.0;
				recall += top.stream().limit(10).filter(truth::contains).count() / (double) truth.size();
			}
			double[] metrics = { precision / heldOutByRequest.size(), recall / heldOutByRequest.size() };
			results.put(name, metrics);
			report.append(String.format(Locale.ROOT, "%-52s precision@5 %.3f  recall@10 %.3f  (%d ms)%n", name,
					metrics[0], metrics[1], (System.nanoTime() - started) / 1_000_000));
		});
		int changed = 0;
		for (String requestId : heldOutByRequest.keySet()) {
			List<String> shortlisted = this.queries.partnersForRequest(requestId, 10, RecommendationWeights.DEFAULT)
				.orElseThrow().stream().map(RecommendationQueries.PartnerRow::partnerId).sorted().toList();
			List<String> full = this.queries.partnersForRequest(requestId, 10, exhaustive).orElseThrow().stream()
				.map(RecommendationQueries.PartnerRow::partnerId).sorted().toList();
			changed += shortlisted.equals(full) ? 0 : 1;
		}
		report.append(String.format(Locale.ROOT, "shortlist changed the top 10 of %d of %d requests%n", changed,
				heldOutByRequest.size()));
		log.info("Recommendation evaluation:\n{}", report);
		System.out.println("Recommendation evaluation:\n" + report);

		assertThat(results.get("recommendPartners")[0]).isGreaterThan(results.get("popularity")[0]);
		assertThat(results.get("recommendPartners")[1]).isGreaterThan(results.get("popularity")[1]);
	}

	private static Map<Criterion, Double> fitParts(Map<String, Double> parts) {
		Map<Criterion, Double> byCriterion = new java.util.EnumMap<>(Criterion.class);
		byCriterion.put(Criterion.EXPERTISE, parts.get("expertise"));
		byCriterion.put(Criterion.THEMATIC_FIT, parts.get("thematicFit"));
		byCriterion.put(Criterion.PRESENCE, parts.get("presence"));
		byCriterion.put(Criterion.LANGUAGE, parts.get("language"));
		byCriterion.put(Criterion.CAPACITY, parts.get("capacity"));
		byCriterion.put(Criterion.TRACK_RECORD, parts.get("trackRecord"));
		byCriterion.put(Criterion.TRIPARTITE, parts.get("tripartite"));
		return byCriterion;
	}

	// Expertise coverage as the engine computes it: level values of the needed expertise, over the number needed.
	private static double coverage(PartnerFacts partner, RequestFacts request) {
		if (request.needed().isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (String code : request.needed()) {
			ExpertiseLevel level = partner.expertise().get(code);
			sum += level == null ? 0 : RecommendationWeights.levelValue(level);
		}
		return sum / request.needed().size();
	}

	private List<RequestFacts> readRequests() {
		return List.copyOf(this.neo4jClient.query("""
				MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(:Country)-[:IN_REGION]->(g:Region)
				RETURN r.id AS id, r.kind AS kind, g.code AS region,
				       COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(:Objective)-[:NEEDS_EXPERTISE]->(e:Expertise) RETURN e.code } AS needed
				ORDER BY id
				""").fetchAs(RequestFacts.class).mappedBy((types, row) -> new RequestFacts(row.get("id").asString(),
				row.get("kind").asString(), row.get("region").asString(), row.get("needed").asList((v) -> v.asString())))
			.all());
	}

	private Map<String, PartnerFacts> readPartners() {
		Map<String, PartnerFacts> partners = new LinkedHashMap<>();
		this.neo4jClient.query("""
				MATCH (p:Partner {membershipStatus: 'ADMITTED'})-[:BASED_IN]->(:Country)-[:IN_REGION]->(g:Region)
				RETURN p.id AS id, p.name AS name, p.constituent AS constituent, g.code AS region,
				       COLLECT { MATCH (p)-[d:HAS_EXPERTISE]->(e:Expertise) RETURN {code: e.code, level: d.level} } AS expertise,
				       COLLECT { MATCH (p)-[:OFFERS]->(o:Offer {status: 'ACTIVE'}) RETURN DISTINCT o.kind } AS offerKinds
				ORDER BY id
				""").fetchAs(PartnerFacts.class).mappedBy((types, row) -> {
			Map<String, ExpertiseLevel> expertise = new HashMap<>();
			row.get("expertise").asList((v) -> v).forEach((v) -> expertise.put(v.get("code").asString(),
					ExpertiseLevel.valueOf(v.get("level").asString())));
			return new PartnerFacts(row.get("id").asString(), row.get("name").asString(),
					row.get("constituent").asBoolean(), row.get("region").asString(), expertise,
					new HashSet<>(row.get("offerKinds").asList((v) -> v.asString())));
		}).all().forEach((p) -> partners.put(p.id(), p));
		return partners;
	}

	private void writeAccepted(List<Match> matches) {
		List<Map<String, Object>> rows = matches.stream()
			.map((m) -> Map.<String, Object>of("request", m.requestId(), "partner", m.partnerId()))
			.toList();
		for (int from = 0; from < rows.size(); from += 2_000) {
			this.neo4jClient.query("""
					UNWIND $rows AS row
					MATCH (r:SupportRequest {id: row.request}), (p:Partner {id: row.partner})
					CREATE (m:MatchSuggestion {id: randomUUID(), status: 'ACCEPTED', amount: 0.0,
					        createdAt: datetime('2026-01-01T00:00:00Z'), decidedAt: datetime('2026-01-08T00:00:00Z')})
					CREATE (m)-[:FOR_REQUEST]->(r), (m)-[:FROM_PARTNER]->(p)
					""").bind(rows.subList(from, Math.min(rows.size(), from + 2_000))).to("rows").run();
		}
	}

	private static Map<String, Set<String>> group(List<Match> matches) {
		Map<String, Set<String>> byRequest = new LinkedHashMap<>();
		matches.forEach((m) -> byRequest.computeIfAbsent(m.requestId(), (r) -> new HashSet<>()).add(m.partnerId()));
		return byRequest;
	}

	record RequestFacts(String id, String kind, String region, List<String> needed) {
	}

	record PartnerFacts(String id, String name, boolean constituent, String region, Map<String, ExpertiseLevel> expertise,
			Set<String> offerKinds) {
	}

	record Match(String requestId, String partnerId) {
	}

}
