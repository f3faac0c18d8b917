package org.ilo.coalition.graph.ilostat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceData;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.reference.ReferenceDataReader;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of docs/indicators.md that says how the shipped figures fall into the severity bands is what the graph
 * holds after the shipped import: every severity follows the documented thresholds, and the page cannot drift.
 */
class IlostatShippedBandsIT extends GraphModelIntegrationTest {

	private static final Path PAGE = Path.of("..", "docs", "indicators.md");

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	ReferenceDataLoader referenceData;

	@Autowired
	ShippedDeficits shipped;

	@Test
	void theDocumentedBandsAreThoseOfTheShippedFiguresInTheGraph() throws IOException {
		this.migrationRunner.migrate();
		this.referenceData.load();
		this.shipped.importIfNew();

		List<String> rows = new ArrayList<>();
		ReferenceData catalogue = ReferenceDataReader.read();
		for (Indicator indicator : catalogue.indicators()) {
			for (IndicatorSeries series : indicator.series()) {
				rows.add(row(indicator.code(), series));
			}
		}

		String page = Files.readString(PAGE);
		assertThat(rows).hasSize(12).allSatisfy((row) -> assertThat(page).contains(row));
	}

	private String row(String code, IndicatorSeries series) {
		Map<String, Object> stats = this.neo4jClient.query("""
				MATCH (o:DeficitObservation {series: $series})-[:OBSERVED_IN]->(c:Country {memberState: true})
				WITH c, o ORDER BY o.year DESC
				WITH c, head(collect(o)) AS latest
				WITH count(c) AS countries, min(latest.year) AS first, max(latest.year) AS last,
				     collect(latest.severity) AS severities
				RETURN countries, first, last, [s IN range(1, 5) | size([x IN severities WHERE x = s])] AS bands
				""").bind(series.id()).to("series").fetch().one().orElseThrow();
		long countries = (Long) stats.get("countries");
		String years = countries == 0 ? "-" : stats.get("first") + "-" + stats.get("last");
		String bands;
		if (!series.givesSeverity()) {
			bands = "no severity";
		}
		else if (countries == 0) {
			bands = "(none shipped)";
		}
		else {
			bands = ((List<?>) stats.get("bands")).stream().map(String::valueOf).collect(Collectors.joining(" / "));
		}
		String cuts = series.givesSeverity()
				? series.thresholds().stream().map(ShippedBandsFormat::number).collect(Collectors.joining(", "))
						+ (series.higherIsWorse() ? "" : " (lower is worse)")
				: "none";
		return "| %s | `%s` | %d | %s | %s | %s |".formatted(code, series.id(), countries, years, bands, cuts);
	}

	private static final class ShippedBandsFormat {

		static String number(double value) {
			return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
		}

	}

}
