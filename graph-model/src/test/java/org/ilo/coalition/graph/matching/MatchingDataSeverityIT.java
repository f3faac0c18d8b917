package org.ilo.coalition.graph.matching;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.ilostat.ObservationFileReader;
import org.ilo.coalition.graph.ilostat.ObservationRow;
import org.ilo.coalition.graph.ilostat.ShippedDeficits;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.reference.ReferenceDataReader;
import org.ilo.coalition.graph.test.GraphFixture;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** What matching weighs a request by: its country's real severities, or "no data" where the country has none. */
class MatchingDataSeverityIT extends GraphModelIntegrationTest {

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	ReferenceDataLoader referenceData;

	@Autowired
	ShippedDeficits shipped;

	@Autowired
	MatchingDataReader reader;

	@Test
	void aRequestCarriesItsCountrysShippedSeverityOrNoData() throws Exception {
		this.migrationRunner.migrate();
		this.referenceData.load();
		this.shipped.importIfNew();
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		LocalDate deadline = LocalDate.now().plusMonths(6);
		String measured = fixture.request("KEN", fixture.strategyWithObjective("KEN", "Jobs", "8.5.2").get(1), "Jobs",
				deadline, "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String unmeasured = fixture.request("ARG", fixture.strategyWithObjective("ARG", "Pay", "8.5.1").get(1), "Pay",
				deadline, "TECHNICAL_ASSISTANCE", List.of("INEQUALITY_DISCRIMINATION"));

		// An older figure of another severity does not count: the latest does.
		int latest = expectedSeverity("KEN", "SDG_0852_SEX_AGE_RT");
		fixture.observation("KEN", "8.5.2", 1991, 0.0, (latest == 1) ? 5 : 1);

		Map<String, MatchingData.Request> requests = new java.util.HashMap<>();
		this.reader.read(MatchScope.EVERYTHING, LocalDate.now()).requests().forEach((r) -> requests.put(r.id(), r));

		assertThat(requests.get(measured).deficits()).singleElement()
			.satisfies((d) -> assertThat(d.severity()).isEqualTo(latest));
		// Argentina's 8.5.1 figure is hourly earnings in local currency, which gives no severity: "no data".
		assertThat(requests.get(unmeasured).deficits()).singleElement()
			.satisfies((d) -> assertThat(d.severity()).isNull());
	}

	private static Integer expectedSeverity(String iso3, String series) throws Exception {
		try (InputStream in = new ClassPathResource(ShippedDeficits.RESOURCE).getInputStream();
				ObservationFileReader file = ObservationFileReader.open(in, 2100)) {
			for (ObservationRow row = file.next(); row != null; row = file.next()) {
				if (row.refArea().equals(iso3) && row.series().equals(series)) {
					return ReferenceDataReader.read().indicators().stream()
						.flatMap((i) -> i.series().stream())
						.filter((s) -> s.id().equals(series))
						.findFirst().orElseThrow().severityOf(row.value());
				}
			}
		}
		throw new AssertionError(iso3 + " has no " + series + " in the shipped file");
	}

}
