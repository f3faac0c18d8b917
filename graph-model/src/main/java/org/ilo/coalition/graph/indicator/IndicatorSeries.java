package org.ilo.coalition.graph.indicator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ILOSTAT series (such as {@code SDG_0852_SEX_AGE_RT}) that measures an SDG indicator, with the rule that turns its
 * values into severities, if any.
 *
 * @param id the ILOSTAT indicator id, without a frequency suffix
 * @param indicatorCode the SDG indicator it measures, such as {@code 8.5.2}
 * @param thresholds four ascending cut points (see {@link SeverityScale}), or empty when the values cannot be compared
 * across countries and so give no severity
 * @param headline the {@code classif1} codes of the series' headline breakdown, in order of preference;
 * {@value #ANY_TOTAL} stands for any code ending in {@code _TOTAL}; empty when the series has no breakdown
 */
public record IndicatorSeries(String id, String indicatorCode, String name, String unit, boolean higherIsWorse,
		List<Double> thresholds, List<String> headline) {

	/** In {@link #headline()}: any classification code that ends in {@code _TOTAL}. */
	public static final String ANY_TOTAL = "*_TOTAL";

	public IndicatorSeries {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(indicatorCode, "indicatorCode");
		thresholds = List.copyOf(thresholds);
		headline = List.copyOf(headline);
		if (!thresholds.isEmpty()) {
			new SeverityScale(thresholds, higherIsWorse);
		}
	}

	/** Whether values of this series have a severity. */
	public boolean givesSeverity() {
		return !this.thresholds.isEmpty();
	}

	/** The scale of this series, empty when it gives no severity. */
	public Optional<SeverityScale> scale() {
		return givesSeverity() ? Optional.of(new SeverityScale(this.thresholds, this.higherIsWorse)) : Optional.empty();
	}

	/** The severity of {@code value}, or {@code null} when this series gives none. */
	public Integer severityOf(double value) {
		return givesSeverity() ? new SeverityScale(this.thresholds, this.higherIsWorse).severityOf(value) : null;
	}

	/**
	 * How well a {@code classif1} code fits the headline breakdown: 0 for the first preferred code, higher for later
	 * ones, -1 when it is not part of the headline. A row without a breakdown (a file with no such column, such as the
	 * shipped snapshot, already filtered to the headline) is accepted after every listed code.
	 */
	public int headlineRank(String classif1) {
		if (classif1 == null || classif1.isEmpty()) {
			return this.headline.size();
		}
		for (int i = 0; i < this.headline.size(); i++) {
			String code = this.headline.get(i);
			if (code.equals(classif1) || (code.equals(ANY_TOTAL) && classif1.endsWith("_TOTAL"))) {
				return i;
			}
		}
		return -1;
	}

}
