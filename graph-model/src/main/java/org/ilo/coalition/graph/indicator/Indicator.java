package org.ilo.coalition.graph.indicator;

import java.util.List;
import java.util.Optional;

import org.ilo.coalition.graph.taxonomy.ThematicArea;

/**
 * An SDG labour indicator and the ILOSTAT series that measure it.
 *
 * @param code the SDG indicator number, such as {@code 8.5.2}
 * @param series the series that measure it, the one that gives it its severity scale first
 */
public record Indicator(String code, String name, ThematicArea thematicArea, List<IndicatorSeries> series) {

	public Indicator {
		series = List.copyOf(series);
		if (series.isEmpty()) {
			throw new IllegalArgumentException("Indicator " + code + " needs at least one series");
		}
	}

	/** The series that gives the indicator its unit and scale: the first with thresholds, else the first. */
	public IndicatorSeries primary() {
		return this.series.stream().filter(IndicatorSeries::givesSeverity).findFirst().orElse(this.series.get(0));
	}

	/** One of its series by ILOSTAT id. */
	public Optional<IndicatorSeries> seriesById(String id) {
		return this.series.stream().filter((s) -> s.id().equals(id)).findFirst();
	}

	public String ilostatId() {
		return primary().id();
	}

	public String unit() {
		return primary().unit();
	}

	public boolean higherIsWorse() {
		return primary().higherIsWorse();
	}

	/** The primary series' four cut points, empty when no series of the indicator gives a severity. */
	public List<Double> thresholds() {
		return primary().thresholds();
	}

	/** The severity of a value of the primary series, or {@code null} when it gives none. */
	public Integer severityOf(double value) {
		return primary().severityOf(value);
	}

}
