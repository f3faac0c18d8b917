package org.ilo.coalition.graph.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.change.ReadCacheConfiguration;
import org.ilo.coalition.graph.indicator.DeficitView;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.PartnerRow;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.RequestRow;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.SignalRow;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.SimilarRow;
import org.ilo.coalition.graph.recommendation.RecommendationWeights.Overlap;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * The recommendation engine: ranks partners for a request, open requests for a partner, partners like a partner, and
 * the priority programmes a country's deficits point to. Each method runs one Cypher statement; this class turns the
 * parts it returns into scores (with {@link RecommendationWeights}) and reasons (with {@link ReasonWriter}).
 */
@Service
public class RecommendationService {

	/** The most results any recommendation returns. */
	public static final int MAX_FIRST = 100;

	private final RecommendationQueries queries;

	private final RecommendationWeights weights;

	private final ReasonWriter reasons;

	RecommendationService(RecommendationQueries queries, ReferenceCatalog catalog) {
		this.queries = queries;
		this.weights = RecommendationWeights.DEFAULT;
		this.reasons = new ReasonWriter(catalog);
	}

	/**
	 * The {@code first} admitted partners that fit the support request best, best first, ties broken by name then id;
	 * empty when no request has the id.
	 */
	// Recommendations change only when the graph does: the cache serves repeated calls without the statement.
	@Cacheable(cacheNames = ReadCacheConfiguration.RECOMMENDATIONS, keyGenerator = GraphChanges.KEYS)
	public Optional<List<RankedPartner>> recommendPartners(String requestId, int first) {
		requireFirst(first);
		return this.queries.partnersForRequest(requestId, first, this.weights).map((rows) -> {
			Map<String, String> sortNames = new HashMap<>();
			rows.forEach((row) -> sortNames.put(row.partnerId(), row.sortName() == null ? row.name() : row.sortName()));
			return rows.stream()
				.map(this::rankedPartner)
				.sorted(Comparator.comparingDouble(RankedPartner::score).reversed()
					.thenComparing((RankedPartner p) -> sortNames.get(p.partnerId()))
					.thenComparing(RankedPartner::partnerId))
				.toList();
		});
	}

	/**
	 * The {@code first} open requests that the partner fits best, weighted by the severity of the deficits they
	 * address, best first, ties broken by deadline then id; empty when no partner has the id.
	 */
	@Cacheable(cacheNames = ReadCacheConfiguration.RECOMMENDATIONS, keyGenerator = GraphChanges.KEYS)
	public Optional<List<RankedRequest>> recommendedRequests(String partnerId, int first) {
		requireFirst(first);
		return this.queries.requestsForPartner(partnerId, first, this.weights).map((rows) -> {
			Map<String, String> deadlines = new HashMap<>();
			rows.forEach((row) -> deadlines.put(row.requestId(), row.deadline() == null ? "" : row.deadline()));
			return rows.stream()
				.map(this::rankedRequest)
				.sorted(Comparator.comparingDouble(RankedRequest::score).reversed()
					.thenComparing((RankedRequest r) -> deadlines.get(r.requestId()))
					.thenComparing(RankedRequest::requestId))
				.toList();
		});
	}

	/** The {@code first} admitted partners most like the partner, best first; empty when no partner has the id. */
	@Cacheable(cacheNames = ReadCacheConfiguration.RECOMMENDATIONS, keyGenerator = GraphChanges.KEYS)
	public Optional<List<PartnerSimilarity>> similarPartners(String partnerId, int first) {
		requireFirst(first);
		return this.queries.similarPartners(partnerId, first, this.weights).map((rows) -> {
			Map<String, String> sortNames = new HashMap<>();
			rows.forEach((row) -> sortNames.put(row.partnerId(), row.sortName() == null ? row.name() : row.sortName()));
			return rows.stream()
				.map(this::similarity)
				.sorted(Comparator.comparingDouble(PartnerSimilarity::score).reversed()
					.thenComparing((PartnerSimilarity p) -> sortNames.get(p.partnerId()))
					.thenComparing(PartnerSimilarity::partnerId))
				.toList();
		});
	}

	/** The priority programmes the latest deficits of the country point to, strongest signal first. */
	@Cacheable(cacheNames = ReadCacheConfiguration.RECOMMENDATIONS, keyGenerator = GraphChanges.KEYS)
	public List<SuggestedProgramme> suggestedProgrammes(String iso3) {
		Map<String, List<SignalRow>> byProgramme = new LinkedHashMap<>();
		for (SignalRow row : this.queries.programmeSignals(iso3)) {
			byProgramme.computeIfAbsent(row.programme(), (p) -> new ArrayList<>()).add(row);
		}
		Map<String, Long> perProgramme = ProgrammeSignals.indicatorsPerProgramme();
		List<SuggestedProgramme> suggestions = new ArrayList<>();
		byProgramme.forEach((programme, rows) -> {
			List<SuggestedProgramme.Evidence> evidence = rows.stream()
				.sorted(Comparator.comparingInt(SignalRow::severity).reversed().thenComparing(SignalRow::indicator))
				.map((row) -> new SuggestedProgramme.Evidence(row.indicator(), row.minSeverity(),
						row.observation()))
				.toList();
			double score = evidence.stream().mapToDouble((e) -> e.observation().severity() / 5.0).sum()
					/ perProgramme.getOrDefault(programme, 1L);
			suggestions.add(new SuggestedProgramme(programme, score, evidence,
					this.reasons.programmeReasons(programme, iso3, evidence)));
		});
		suggestions.sort(Comparator.comparingDouble(SuggestedProgramme::score).reversed()
			.thenComparing(SuggestedProgramme::programmeCode));
		return List.copyOf(suggestions);
	}

	private RankedPartner rankedPartner(PartnerRow row) {
		List<WeightedPart> parts = parts(row.parts());
		double score = parts.stream().mapToDouble(WeightedPart::contribution).sum();
		return new RankedPartner(row.partnerId(), row.name(), score, parts,
				this.reasons.partnerReasons(row.kind(), parts, row.facts()));
	}

	private RankedRequest rankedRequest(RequestRow row) {
		List<WeightedPart> parts = parts(row.parts());
		double fit = parts.stream().mapToDouble(WeightedPart::contribution).sum();
		double score = fit * this.weights.severityFactor(row.severity());
		return new RankedRequest(row.requestId(), score, fit, row.severity(), parts,
				this.reasons.requestReasons(parts, row.facts()));
	}

	private PartnerSimilarity similarity(SimilarRow row) {
		Map<Overlap, Double> shares = new EnumMap<>(Overlap.class);
		shares.put(Overlap.EXPERTISE, row.shares().getOrDefault("expertise", 0.0));
		shares.put(Overlap.THEMATIC_AREAS, row.shares().getOrDefault("areas", 0.0));
		shares.put(Overlap.REGIONS, row.shares().getOrDefault("regions", 0.0));
		shares.put(Overlap.WORK_STREAMS, row.shares().getOrDefault("workStreams", 0.0));
		return new PartnerSimilarity(row.partnerId(), row.name(), this.weights.similarityScore(shares), shares,
				row.expertiseCodes(), row.areaCodes(), row.regionCodes(),
				row.workStreams().stream().map(RecommendationQueries.WorkStreamRef::id).toList(),
				this.reasons.similarityReasons(row));
	}

	// The statements name the parts in camel case; the weights come from one place whatever the statement computed.
	private List<WeightedPart> parts(Map<String, Double> values) {
		Map<Criterion, Double> byCriterion = new EnumMap<>(Criterion.class);
		byCriterion.put(Criterion.EXPERTISE, values.getOrDefault("expertise", 0.0));
		byCriterion.put(Criterion.THEMATIC_FIT, values.getOrDefault("thematicFit", 0.0));
		byCriterion.put(Criterion.PRESENCE, values.getOrDefault("presence", 0.0));
		byCriterion.put(Criterion.LANGUAGE, values.getOrDefault("language", 0.0));
		byCriterion.put(Criterion.CAPACITY, values.getOrDefault("capacity", 0.0));
		byCriterion.put(Criterion.TRACK_RECORD, values.getOrDefault("trackRecord", 0.0));
		byCriterion.put(Criterion.TRIPARTITE, values.getOrDefault("tripartite", 0.0));
		List<WeightedPart> parts = new ArrayList<>();
		byCriterion.forEach((criterion, value) -> parts.add(WeightedPart.of(criterion, value, this.weights.weight(criterion))));
		return List.copyOf(parts);
	}

	private static void requireFirst(int first) {
		if (first < 1 || first > MAX_FIRST) {
			throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST + ", was " + first);
		}
	}

}
