package org.ilo.coalition.api.matching;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.delivery.ResultDraft;
import org.ilo.coalition.graph.reference.ReferenceCatalog;

/** The schema's {@code RecordResultInput}. */
public record RecordResultInput(String matchId, String indicator, Double baseline, Integer baselineYear, Double target,
		Integer targetYear, Integer version) {

	// Plausible years of figures and targets; strategies start from 1990 too (NationalStrategyInput).
	private static final int FIRST_YEAR = 1990;

	private static final int LAST_YEAR = 2100;

	ResultDraft validate(ReferenceCatalog catalog) {
		String code = this.indicator == null ? "" : this.indicator.strip();
		if (catalog.indicator(code).isEmpty()) {
			throw new BadRequestException("input.indicator", "is not an indicator code such as '8.5.2', was '"
					+ this.indicator + "'");
		}
		if (this.baseline == null && this.baselineYear != null) {
			throw new BadRequestException("input.baselineYear", "goes with a stated baseline; without one the baseline "
					+ "and its year are the country's latest figure of the indicator");
		}
		if (this.baseline != null) {
			year("input.baselineYear", this.baselineYear);
		}
		if (this.target == null || this.target.isNaN() || this.target.isInfinite()) {
			throw new BadRequestException("input.target", "is required");
		}
		return new ResultDraft(code, this.baseline, this.baselineYear, this.target, year("input.targetYear",
				this.targetYear));
	}

	private static int year(String field, Integer year) {
		if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
			throw new BadRequestException(field, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", was " + year);
		}
		return year;
	}

}
