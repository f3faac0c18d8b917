package org.ilo.coalition.graph.indicator;

import java.util.List;

/**
 * Turns an indicator value into a deficit severity from 1 (small) to 5 (most severe) with four ascending cut points.
 *
 * <p>For an indicator where higher is worse, severity is 1 plus the number of cut points the value reaches; where
 * lower is worse, 1 plus the number of cut points the value stays below. Fixed thresholds, rather than the regional
 * distribution, keep a country's severity independent of its neighbours and stable when other data arrive.
 */
public record SeverityScale(List<Double> thresholds, boolean higherIsWorse) {

	public SeverityScale {
		if (thresholds == null || thresholds.size() != 4) {
			throw new IllegalArgumentException("A severity scale needs exactly four thresholds");
		}
		for (int i = 1; i < thresholds.size(); i++) {
			if (thresholds.get(i) <= thresholds.get(i - 1)) {
				throw new IllegalArgumentException("Severity thresholds must be strictly ascending: " + thresholds);
			}
		}
		thresholds = List.copyOf(thresholds);
	}

	public int severityOf(double value) {
		if (Double.isNaN(value)) {
			throw new IllegalArgumentException("An indicator value must be a number");
		}
		int severity = 1;
		for (double threshold : this.thresholds) {
			if (this.higherIsWorse ? value >= threshold : value < threshold) {
				severity++;
			}
		}
		return severity;
	}

}
