package org.ilo.coalition.graph.indicator;

/**
 * How much of the membership an indicator's figures cover.
 *
 * @param memberStatesWithData member States with at least one observation of the indicator (any of its series)
 * @param memberStates all member States
 * @param firstYear the earliest year observed, {@code null} when none
 * @param lastYear the latest year observed, {@code null} when none
 */
public record IndicatorCoverage(String indicatorCode, int memberStatesWithData, int memberStates, Integer firstYear,
		Integer lastYear, long observations) {

	public int memberStatesWithoutData() {
		return this.memberStates - this.memberStatesWithData;
	}

}
