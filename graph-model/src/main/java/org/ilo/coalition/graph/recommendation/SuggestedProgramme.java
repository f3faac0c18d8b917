package org.ilo.coalition.graph.recommendation;

import java.util.List;

import org.ilo.coalition.graph.indicator.DeficitView;

/**
 * A priority action programme that a country's deficits point to.
 *
 * @param score severity-weighted share of the programme's indicators that reach their threshold, 0 to 1
 * @param evidence the observations behind it, most severe first
 */
public record SuggestedProgramme(String programmeCode, double score, List<Evidence> evidence, List<String> reasons) {

	/** The latest observation of an indicator that reaches the severity from which it points to the programme. */
	public record Evidence(String indicatorCode, int minimumSeverity, DeficitView observation) {
	}

}
