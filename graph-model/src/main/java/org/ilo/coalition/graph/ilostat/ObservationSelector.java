package org.ilo.coalition.graph.ilostat;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.graph.indicator.IndicatorSeries;

/**
 * Keeps, from the rows of a file, the catalogue series' headline figure per member State and year, choosing one source
 * where several report the same figure, and counts every other row by the reason it was left.
 *
 * <p>What it holds grows with the member States, series and years it keeps, never with the file: a file of any size
 * leaves at most one candidate per (member State, series, year).
 */
final class ObservationSelector {

	private static final String FREQUENCY_ANNUAL = "_A";

	// A national source before ILO estimates: labour force surveys, other household surveys, then any other national
	// source; ILO modelled or harmonised estimates (X*) last. Then the headline code, then the source code.
	private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::sourceRank)
		.thenComparingInt(Candidate::headlineRank)
		.thenComparing(Candidate::sourceOrEmpty);

	private final Map<String, IndicatorSeries> seriesById;

	private final Set<String> memberStates;

	private final Map<Key, Candidate> kept = new HashMap<>();

	private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);

	ObservationSelector(Collection<IndicatorSeries> series, Set<String> memberStates) {
		this.seriesById = new HashMap<>();
		series.forEach((s) -> this.seriesById.put(s.id(), s));
		this.memberStates = Set.copyOf(memberStates);
	}

	void accept(ObservationRow row) {
		SkipReason reason = reasonToSkip(row);
		if (reason != null) {
			skip(reason);
			return;
		}
		IndicatorSeries series = this.seriesById.get(baseId(row.series()));
		Candidate candidate = new Candidate(row.refArea(), series, row.period().year(), row.value(), row.obsStatus(),
				row.source(), row.classif1(), sourceRank(row.source()), series.headlineRank(row.classif1()), row.line());
		Key key = new Key(row.refArea(), series.id(), row.period().year());
		Candidate current = this.kept.get(key);
		if (current == null) {
			this.kept.put(key, candidate);
			return;
		}
		boolean sameSource = current.sourceOrEmpty().equals(candidate.sourceOrEmpty());
		if (sameSource && current.headlineRank() == candidate.headlineRank()) {
			skip(SkipReason.DUPLICATE);
			return;
		}
		skip(sameSource ? SkipReason.OTHER_BREAKDOWN : SkipReason.OTHER_SOURCE);
		if (PREFERENCE.compare(candidate, current) < 0) {
			this.kept.put(key, candidate.withAlternatives(current.alternatives() + 1));
		}
		else {
			this.kept.put(key, current.withAlternatives(current.alternatives() + 1));
		}
	}

	private SkipReason reasonToSkip(ObservationRow row) {
		String id = row.series();
		if (!this.seriesById.containsKey(baseId(id))) {
			return frequencyOf(id) != null && this.seriesById.containsKey(id.substring(0, id.length() - 2))
					? SkipReason.NOT_ANNUAL : SkipReason.NOT_IN_CATALOGUE;
		}
		if (row.refArea().startsWith("X")) {
			return SkipReason.AGGREGATE;
		}
		if (!this.memberStates.contains(row.refArea())) {
			return SkipReason.NOT_A_MEMBER_STATE;
		}
		if (row.sex() != null && !row.sex().equals("SEX_T")) {
			return SkipReason.NOT_TOTAL_SEX;
		}
		IndicatorSeries series = this.seriesById.get(baseId(id));
		if (series.headlineRank(row.classif1()) < 0
				|| (row.classif2() != null && !row.classif2().endsWith("_TOTAL"))) {
			return SkipReason.NOT_HEADLINE_BREAKDOWN;
		}
		if (!row.period().annual()) {
			return SkipReason.NOT_ANNUAL;
		}
		if (row.value() == null) {
			return SkipReason.NO_VALUE;
		}
		return null;
	}

	// ILOSTAT's bulk files name a series with its frequency (SDG_0852_SEX_AGE_RT_A); the catalogue without it.
	private String baseId(String id) {
		if (id.endsWith(FREQUENCY_ANNUAL) && !this.seriesById.containsKey(id)) {
			return id.substring(0, id.length() - FREQUENCY_ANNUAL.length());
		}
		return id;
	}

	private static String frequencyOf(String id) {
		return id.endsWith("_Q") || id.endsWith("_M") ? id.substring(id.length() - 2) : null;
	}

	/** 0: labour force survey (BA); 1: other household survey (B*); 2: other national source; 3: ILO estimate (X*). */
	static int sourceRank(String source) {
		if (source == null || source.length() < 3 || source.charAt(2) != ':') {
			return 2;
		}
		if (source.startsWith("BA")) {
			return 0;
		}
		if (source.charAt(0) == 'B') {
			return 1;
		}
		return source.charAt(0) == 'X' ? 3 : 2;
	}

	private void skip(SkipReason reason) {
		this.skipped.merge(reason, 1L, Long::sum);
	}

	/** Rows skipped so far, by reason; reasons without rows are absent. */
	Map<SkipReason, Long> skipped() {
		return Map.copyOf(this.skipped);
	}

	/** How many figures are kept so far. */
	int keptCount() {
		return this.kept.size();
	}

	/** The kept figures, ordered by member State, series and year. */
	List<Candidate> selected() {
		return this.kept.values()
			.stream()
			.sorted(Comparator.comparing(Candidate::iso3)
				.thenComparing((c) -> c.series().id())
				.thenComparingInt(Candidate::year))
			.toList();
	}

	private record Key(String iso3, String series, int year) {
	}

	/**
	 * A figure kept so far.
	 *
	 * @param alternatives how many other rows gave the same member State, series and year
	 */
	record Candidate(String iso3, IndicatorSeries series, int year, double value, String obsStatus, String source,
			String classif1, int sourceRank, int headlineRank, long line, int alternatives) {

		Candidate(String iso3, IndicatorSeries series, int year, double value, String obsStatus, String source,
				String classif1, int sourceRank, int headlineRank, long line) {
			this(iso3, series, year, value, obsStatus, source, classif1, sourceRank, headlineRank, line, 0);
		}

		String sourceOrEmpty() {
			return this.source == null ? "" : this.source;
		}

		Candidate withAlternatives(int count) {
			return new Candidate(this.iso3, this.series, this.year, this.value, this.obsStatus, this.source,
					this.classif1, this.sourceRank, this.headlineRank, this.line, count);
		}

		/** The observation's id in the graph. */
		String id() {
			return this.iso3 + ":" + this.series.id() + ":" + this.year;
		}

	}

}
