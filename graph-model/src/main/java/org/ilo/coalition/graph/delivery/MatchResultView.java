package org.ilo.coalition.graph.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A result of a match against one indicator, with its dated actual values, and the parties of its match (whose users
 * may see who recorded it).
 *
 * @param baselineSeries the ILOSTAT series of the observation the baseline was taken from; {@code null} when stated
 * @param values the actual values, oldest first
 */
public record MatchResultView(String id, String matchId, String requestId, String partnerId, String countryIso3,
		String indicatorCode, double baseline, Integer baselineYear, BaselineSource baselineSource,
		String baselineSeries, double target, int targetYear, List<ResultValue> values, long version,
		OffsetDateTime recordedAt, String recordedBy) {

	public MatchResultView {
		values = List.copyOf(values);
	}

	/** The most recent actual value (by its date), or {@code null} before the first. */
	public ResultValue latestValue() {
		return this.values.isEmpty() ? null : this.values.get(this.values.size() - 1);
	}

	/** The same result without the usernames of who recorded it and its values, for callers who may not see them. */
	public MatchResultView anonymized() {
		return new MatchResultView(this.id, this.matchId, this.requestId, this.partnerId, this.countryIso3,
				this.indicatorCode, this.baseline, this.baselineYear, this.baselineSource, this.baselineSeries,
				this.target, this.targetYear, this.values.stream().map(ResultValue::anonymized).toList(), this.version,
				this.recordedAt, null);
	}

	/** One actual value of a result. */
	public record ResultValue(double value, LocalDate on, String note, OffsetDateTime recordedAt, String recordedBy) {

		ResultValue anonymized() {
			return new ResultValue(this.value, this.on, this.note, this.recordedAt, null);
		}

	}

}
