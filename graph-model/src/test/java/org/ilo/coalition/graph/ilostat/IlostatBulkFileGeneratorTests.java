package org.ilo.coalition.graph.ilostat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IlostatBulkFileGeneratorTests {

	@Test
	void writesTheSameFileForTheSameSeedAndAnotherForAnotherSeed() throws IOException {
		String first = generate(5_000, 7);

		assertThat(generate(5_000, 7)).isEqualTo(first);
		assertThat(generate(5_000, 8)).isNotEqualTo(first);
		assertThat(first.lines()).hasSize(5_001).first().isEqualTo(IlostatBulkFileGenerator.HEADER);
	}

	@Test
	void writesARealisticBulkFileThatTheReaderReadsWhole(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("observations.csv.gz");
		long rows = 700_000;

		assertThat(IlostatBulkFileGenerator.write(file, rows, 1)).isEqualTo(rows);
		// Gzip, as the bulk facility serves its files.
		assertThat(Files.readAllBytes(file)).startsWith(0x1f, 0x8b);

		Set<String> areas = new HashSet<>();
		Set<String> series = new HashSet<>();
		Set<String> sexes = new HashSet<>();
		Set<String> statuses = new HashSet<>();
		Map<String, Set<String>> sourcesByAreaSeriesYear = new HashMap<>();
		long quarterly = 0;
		long monthly = 0;
		long withoutValue = 0;
		try (ObservationFileReader reader = ObservationFileReader.open(Files.newInputStream(file), 2026)) {
			assertThat(reader.format()).isEqualTo(FileFormat.ILOSTAT_BULK);
			for (ObservationRow row = reader.next(); row != null; row = reader.next()) {
				areas.add(row.refArea());
				series.add(row.series());
				sexes.add(row.sex());
				statuses.add(row.obsStatus());
				sourcesByAreaSeriesYear
					.computeIfAbsent(row.refArea() + row.series() + row.period().year(), (key) -> new HashSet<>())
					.add(row.source());
				quarterly += (row.period().subAnnual() != null && row.period().subAnnual().startsWith("Q")) ? 1 : 0;
				monthly += (row.period().subAnnual() != null && row.period().subAnnual().startsWith("M")) ? 1 : 0;
				withoutValue += (row.value() == null) ? 1 : 0;
				assertThat(row.period().year()).isBetween(2000, 2024);
			}
			assertThat(reader.rowsRead()).isEqualTo(rows);
		}
		assertThat(areas).hasSize(187 + IlostatBulkFileGenerator.AGGREGATES.size()).contains("KEN", "X01");
		assertThat(series).containsAll(IlostatBulkFileGenerator.EXTRA_SERIES)
			.containsAll(IlostatBulkFileGenerator.SERIES_OUTSIDE_CATALOGUE)
			.contains("SDG_0852_SEX_AGE_RT", "EAR_GGAP_OCU_RT", "SDG_1041_NOC_RT")
			// The catalogue's twelve series (indicator-series.csv) and three outside it.
			.hasSize(15);
		assertThat(sexes).containsExactlyInAnyOrder("SEX_T", "SEX_M", "SEX_F", null);
		assertThat(statuses).containsExactlyInAnyOrder(null, "B", "U", "C");
		assertThat(sourcesByAreaSeriesYear.values()).anySatisfy((sources) -> assertThat(sources).hasSize(2));
		assertThat(quarterly).isPositive();
		assertThat(monthly).isPositive();
		assertThat(withoutValue).isPositive();
	}

	@Test
	void writesNoRowsWhenAskedForNone() throws IOException {
		assertThat(generate(0, 1).lines()).containsExactly(IlostatBulkFileGenerator.HEADER);
	}

	private static String generate(long rows, long seed) throws IOException {
		StringWriter out = new StringWriter();
		assertThat(IlostatBulkFileGenerator.write(out, rows, seed)).isEqualTo(rows);
		return out.toString();
	}

}
