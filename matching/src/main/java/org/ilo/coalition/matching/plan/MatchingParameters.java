package org.ilo.coalition.matching.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What holds for a whole run.
 *
 * @param planDate the day the plan is made: an offer that ended before it can no longer serve
 */
public record MatchingParameters(LocalDate planDate) {

	public MatchingParameters {
		Objects.requireNonNull(planDate, "planDate");
	}

}
