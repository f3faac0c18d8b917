package org.ilo.coalition.graph.indicator;

import java.util.List;

import org.ilo.coalition.graph.taxonomy.ThematicArea;

/**
 * An SDG labour indicator published by ILOSTAT, with the thresholds that turn a value into a severity of 1 to 5.
 *
 * @param code the SDG indicator number, such as {@code 8.5.2}
 * @param thresholds four ascending cut points; see {@link SeverityScale}
 * @param higherIsWorse whether a higher value means a larger deficit
 */
public record Indicator(String code, String ilostatId, String name, String unit, boolean higherIsWorse,
		List<Double> thresholds,
		ThematicArea thematicArea) {

	/** The severity of a deficit whose indicator value is {@code value}. */
	public int severityOf(double value) {
		return new SeverityScale(this.thresholds, this.higherIsWorse).severityOf(value);
	}

}
