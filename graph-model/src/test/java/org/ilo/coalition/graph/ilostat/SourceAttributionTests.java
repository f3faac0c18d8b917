package org.ilo.coalition.graph.ilostat;

import org.ilo.coalition.graph.indicator.SourceAttribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceAttributionTests {

	@Test
	void theShippedSnapshotKeepsTheUnSdgAttributionAndIlostatFilesIlostats() {
		assertThat(SourceAttribution.ofImportFormat(FileFormat.PLATFORM_SNAPSHOT.name()).text())
			.isEqualTo("Source: ILO / UN SDG Global Database (UNSD), via open-numbers/ddf--unstats--sdg_indicators");
		assertThat(SourceAttribution.ofImportFormat(FileFormat.ILOSTAT_BULK.name()).text())
			.isEqualTo("Source: ILOSTAT, International Labour Organization (CC BY 4.0)");
		assertThat(SourceAttribution.ofImportFormat(FileFormat.SDMX_CSV.name())).isEqualTo(SourceAttribution.ILOSTAT);
		assertThat(SourceAttribution.ofImportFormat(null)).isNull();
	}

}
