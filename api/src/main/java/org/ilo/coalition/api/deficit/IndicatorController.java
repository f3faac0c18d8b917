package org.ilo.coalition.api.deficit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.indicator.DeficitObservationRepository;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorCoverage;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code Indicator} and {@code IndicatorSeries} beyond their own properties; the coverage of every
 * indicator of a request in one (cached) statement.
 */
@Controller
public class IndicatorController {

	private static final String TYPE = "Indicator";

	private static final String SERIES = "IndicatorSeries";

	private final DeficitObservationRepository deficits;

	public IndicatorController(DeficitObservationRepository deficits) {
		this.deficits = deficits;
	}

	@SchemaMapping(typeName = TYPE)
	public List<Double> severityThresholds(Indicator indicator) {
		return indicator.thresholds();
	}

	@BatchMapping(typeName = TYPE)
	public Map<Indicator, IndicatorCoverage> coverage(List<Indicator> indicators) {
		Map<String, IndicatorCoverage> byCode = this.deficits.coverage();
		return indicators.stream().distinct().filter((i) -> byCode.containsKey(i.code()))
			.collect(Collectors.toMap(Function.identity(), (i) -> byCode.get(i.code())));
	}

	@SchemaMapping(typeName = SERIES, field = "severityThresholds")
	public List<Double> seriesSeverityThresholds(IndicatorSeries series) {
		return series.givesSeverity() ? series.thresholds() : null;
	}

	@SchemaMapping(typeName = SERIES)
	public List<String> headlineBreakdown(IndicatorSeries series) {
		return series.headline();
	}

}
