package org.ilo.coalition.graph.recommendation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.partner.ExpertiseLevel;
import org.ilo.coalition.graph.partner.PartnerKind;

/**
 * Every weight and tuning constant of the recommendations, in one place; {@code docs/recommendations.md} gives the
 * reasoning behind each value.
 *
 * <p>The Cypher statements receive these values as parameters (to rank and cut the list in the database) and the
 * service applies the same values to the returned parts to compute the scores it reports, so a change here changes
 * both at once.
 *
 * @param fit weight of each part of a partner-to-request fit; they add up to 1
 * @param regionalPresence value of the presence part when the partner is only present in the request's region
 * @param trackRecordSaturation accepted similar matches that earn the full track-record part
 * @param severityInfluence how much the deficit severity scales a request's score: 0 ignores it, 1 makes a severity-1
 * deficit worth a fifth of a severity-5 one
 * @param unknownSeverity severity assumed when no observation measures what the objective addresses
 * @param similarity weight of each overlap in {@code similarPartners}; they add up to 1
 * @param shortlistMinimum least number of candidates scored fully (see {@link #shortlist})
 * @param shortlistFactor the statements score all candidates on their cheap parts, then fully only the
 * {@code max(shortlistMinimum, shortlistFactor × first)} best of them
 */
public record RecommendationWeights(Map<Criterion, Double> fit, double regionalPresence, int trackRecordSaturation,
		double severityInfluence, int unknownSeverity, Map<Overlap, Double> similarity, int shortlistMinimum,
		int shortlistFactor) {

	/** What two partners can have in common. */
	public enum Overlap {

		EXPERTISE, THEMATIC_AREAS, REGIONS, WORK_STREAMS

	}

	/** The weights the platform uses. */
	public static final RecommendationWeights DEFAULT = new RecommendationWeights(fitWeights(), 0.5, 3, 0.5, 3,
			similarityWeights(), 40, 4);

	/** The kinds of partner that earn the tripartite part. */
	public static final List<PartnerKind> TRIPARTITE_KINDS = List.of(PartnerKind.GOVERNMENT,
			PartnerKind.EMPLOYERS_ORGANIZATION, PartnerKind.WORKERS_ORGANIZATION);

	public RecommendationWeights {
		fit = Map.copyOf(new EnumMap<>(fit));
		similarity = Map.copyOf(new EnumMap<>(similarity));
		requireSumOfOne("fit", fit.values());
		requireSumOfOne("similarity", similarity.values());
		if (fit.size() != Criterion.values().length || similarity.size() != Overlap.values().length) {
			throw new IllegalArgumentException("Every criterion and every overlap needs a weight");
		}
	}

	private static void requireSumOfOne(String what, Iterable<Double> weights) {
		double sum = 0;
		for (double weight : weights) {
			if (weight < 0) {
				throw new IllegalArgumentException("Negative " + what + " weight: " + weight);
			}
			sum += weight;
		}
		if (Math.abs(sum - 1.0) > 1e-9) {
			throw new IllegalArgumentException("The " + what + " weights must add up to 1, not " + sum);
		}
	}

	// Expertise dominates: the domain says expertise "must cover the need". Presence and thematic fit say whether
	// the partner works where and on what the request is; the rest refine the order.
	private static Map<Criterion, Double> fitWeights() {
		Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
		weights.put(Criterion.EXPERTISE, 0.35);
		weights.put(Criterion.THEMATIC_FIT, 0.15);
		weights.put(Criterion.PRESENCE, 0.15);
		weights.put(Criterion.LANGUAGE, 0.10);
		weights.put(Criterion.CAPACITY, 0.10);
		weights.put(Criterion.TRACK_RECORD, 0.10);
		weights.put(Criterion.TRIPARTITE, 0.05);
		return weights;
	}

	private static Map<Overlap, Double> similarityWeights() {
		Map<Overlap, Double> weights = new EnumMap<>(Overlap.class);
		weights.put(Overlap.EXPERTISE, 0.40);
		weights.put(Overlap.WORK_STREAMS, 0.25);
		weights.put(Overlap.THEMATIC_AREAS, 0.20);
		weights.put(Overlap.REGIONS, 0.15);
		return weights;
	}

	public double weight(Criterion criterion) {
		return this.fit.get(criterion);
	}

	public double weight(Overlap overlap) {
		return this.similarity.get(overlap);
	}

	/** What one declared level of an expertise the objective needs is worth: BASIC ⅓, ADVANCED ⅔, EXPERT 1. */
	public static double levelValue(ExpertiseLevel level) {
		return level.weight() / (double) ExpertiseLevel.EXPERT.weight();
	}

	/** How many candidates a statement scores fully when {@code first} are asked for. */
	public int shortlist(int first) {
		return Math.max(this.shortlistMinimum, this.shortlistFactor * first);
	}

	/** The factor by which a deficit of {@code severity} (1-5, or {@code null} when unknown) scales a request's fit. */
	public double severityFactor(Integer severity) {
		int s = severity == null ? this.unknownSeverity : severity;
		return 1 - this.severityInfluence + this.severityInfluence * s / 5.0;
	}

	/** The weighted sum of fit parts, in the order of {@link Criterion}. */
	public double fitScore(Map<Criterion, Double> values) {
		double score = 0;
		for (Criterion criterion : Criterion.values()) {
			score += weight(criterion) * values.getOrDefault(criterion, 0.0);
		}
		return score;
	}

	/** The weighted sum of overlaps, in the order of {@link Overlap}. */
	public double similarityScore(Map<Overlap, Double> values) {
		double score = 0;
		for (Overlap overlap : Overlap.values()) {
			score += weight(overlap) * values.getOrDefault(overlap, 0.0);
		}
		return score;
	}

	/** The values above as the parameters the Cypher statements read. */
	Map<String, Object> parameters() {
		Map<String, Object> w = new LinkedHashMap<>();
		w.put("expertise", weight(Criterion.EXPERTISE));
		w.put("thematicFit", weight(Criterion.THEMATIC_FIT));
		w.put("presence", weight(Criterion.PRESENCE));
		w.put("language", weight(Criterion.LANGUAGE));
		w.put("capacity", weight(Criterion.CAPACITY));
		w.put("trackRecord", weight(Criterion.TRACK_RECORD));
		w.put("tripartite", weight(Criterion.TRIPARTITE));
		w.put("regional", this.regionalPresence);
		w.put("saturation", (double) this.trackRecordSaturation);
		w.put("severityInfluence", this.severityInfluence);
		w.put("unknownSeverity", (double) this.unknownSeverity);
		w.put("similarExpertise", weight(Overlap.EXPERTISE));
		w.put("similarAreas", weight(Overlap.THEMATIC_AREAS));
		w.put("similarRegions", weight(Overlap.REGIONS));
		w.put("similarWorkStreams", weight(Overlap.WORK_STREAMS));
		Map<String, Object> levels = new LinkedHashMap<>();
		for (ExpertiseLevel level : ExpertiseLevel.values()) {
			levels.put(level.name(), levelValue(level));
		}
		w.put("levels", levels);
		w.put("tripartiteKinds", TRIPARTITE_KINDS.stream().map(Enum::name).toList());
		return w;
	}

}
