package org.ilo.coalition.graph.ilostat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.test.GraphFixture;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class IlostatImporterIT extends GraphModelIntegrationTest {

	private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT");

	private static final String BULK_HEADER = "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,"
			+ "note_classif,note_indicator,note_source\n";

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	ReferenceDataLoader referenceData;

	@Autowired
	IlostatImporter importer;

	@Autowired
	DataImportStore imports;

	@BeforeEach
	void referenceData() {
		this.migrationRunner.migrate();
		this.referenceData.load();
	}

	@Test
	void keepsTheHeadlineFigureOfEachMemberStateAndCountsEveryOtherRowByReason() {
		String file = BULK_HEADER
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"
				+ "KEN,XA:9,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,6.1,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_F,AGE_YTHADULT_YGE15,,2019,6.0,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_Y15-24,,2019,12.0,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2020Q1,5.9,,,,\n"
				+ "X01,XA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,5.4,,,,\n"
				+ "ABW,BA:2,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,7.0,,,,\n"
				+ "KEN,BA:1,EAP_TEAP_SEX_AGE_NB_A,SEX_T,AGE_YTHADULT_YGE15,,2019,24000,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2018,,C,,,\n"
				+ "JOR,BA:7,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,19.1,U,,,\n"
				+ "JOR,BA:7,SDG_0861_SEX_RT_A,SEX_T,,,2019,36.6,B,,,\n";

		DataImportView report = this.importer.importFile(utf8(file), "mixed.csv", SECRETARIAT);

		assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(report.format()).isEqualTo(FileFormat.ILOSTAT_BULK);
		assertThat(report.rowsRead()).isEqualTo(11);
		assertThat(report.created()).isEqualTo(3);
		assertThat(report.skipped()).containsOnly(entry(SkipReason.OTHER_SOURCE, 1L), entry(SkipReason.NOT_TOTAL_SEX, 1L),
				entry(SkipReason.NOT_HEADLINE_BREAKDOWN, 1L), entry(SkipReason.NOT_ANNUAL, 1L),
				entry(SkipReason.AGGREGATE, 1L), entry(SkipReason.NOT_A_MEMBER_STATE, 1L),
				entry(SkipReason.NOT_IN_CATALOGUE, 1L), entry(SkipReason.NO_VALUE, 1L));
		// The labour force survey is preferred to the ILO estimate of the same year.
		assertThat(observation("KEN:SDG_0852_SEX_AGE_RT:2019")).containsEntry("value", 5.6)
			.containsEntry("source", "BA:1").containsEntry("severity", 2L).containsEntry("alternatives", 1L)
			.containsEntry("indicator", "8.5.2").containsEntry("importId", report.id());
		assertThat(observation("JOR:SDG_0852_SEX_AGE_RT:2019")).containsEntry("obsStatus", "U")
			.containsEntry("severity", 5L);
		assertThat(observation("JOR:SDG_0861_SEX_RT:2019")).containsEntry("obsStatus", "B").containsEntry("severity", 5L);
		assertThat(this.imports.findById(report.id())).get().satisfies((stored) -> {
			assertThat(stored.skipped()).isEqualTo(report.skipped());
			assertThat(stored.actor()).isEqualTo("secretariat");
			assertThat(stored.written()).isEqualTo(3);
		});
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		String file = BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2017,7.1,,,,\n";
		this.importer.importFile(utf8(file), "first.csv", SECRETARIAT);
		Map<String, Object> before = observation("KEN:SDG_0852_SEX_AGE_RT:2019");

		DataImportView again = this.importer.importFile(utf8(file), "again.csv", SECRETARIAT);

		assertThat(again.written()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(count("MATCH (o:DeficitObservation) RETURN count(o)")).isEqualTo(2);
		assertThat(count("MATCH (r:ObservationRevision) RETURN count(r)")).isZero();
		assertThat(observation("KEN:SDG_0852_SEX_AGE_RT:2019")).isEqualTo(before);
	}

	@Test
	void aRevisedValueUpdatesTheObservationAndKeepsThePreviousOneWithItsImport() {
		DataImportView first = this.importer.importFile(
				utf8(BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"), "2024.csv",
				SECRETARIAT);

		DataImportView revised = this.importer.importFile(
				utf8(BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,11.2,P,,,\n"), "2025.csv",
				SECRETARIAT);

		assertThat(revised.updated()).isEqualTo(1);
		assertThat(observation("KEN:SDG_0852_SEX_AGE_RT:2019")).containsEntry("value", 11.2)
			.containsEntry("severity", 4L).containsEntry("obsStatus", "P").containsEntry("importId", revised.id());
		assertThat(this.neo4jClient.query("""
				MATCH (:DeficitObservation {id: 'KEN:SDG_0852_SEX_AGE_RT:2019'})-[:PREVIOUSLY]->(r:ObservationRevision)
				      -[:IMPORTED_BY]->(imp:DataImport)
				RETURN r.value AS value, r.severity AS severity, imp.id AS importId""").fetch().all())
			.containsExactly(Map.of("value", 5.6, "severity", 2L, "importId", first.id()));
	}

	@Test
	void refusesAFileWithABadRowNamingLineAndColumnAndWritesNothingOfIt() {
		String file = BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2018,5.9,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2017,five,,,,\n";

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.importer.importFile(utf8(file), "bad.csv", SECRETARIAT))
			.withMessageContaining("line 4")
			.withMessageContaining("obs_value")
			.satisfies((ex) -> assertThat(ex.record().status()).isEqualTo(ImportStatus.REFUSED));
		assertThat(count("MATCH (o:DeficitObservation) RETURN count(o)")).isZero();
		assertThat(this.neo4jClient.query("MATCH (imp:DataImport) RETURN imp.status AS status, imp.error AS error")
			.fetch().one()).get().satisfies((row) -> {
				assertThat(row).containsEntry("status", "REFUSED");
				assertThat((String) row.get("error")).contains("line 4");
			});
	}

	@Test
	void anImportAStoppedProcessLeftHalfWrittenIsUndoneAtTheNextStart() {
		DataImportView first = this.importer.importFile(utf8(BULK_HEADER
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"), "first.csv", SECRETARIAT);
		DataImportView second = this.importer.importFile(utf8(BULK_HEADER
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,11.2,P,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2020,12.0,,,,\n"), "second.csv", SECRETARIAT);
		// As a kill -9 after the batches had committed and before the end would leave it.
		this.neo4jClient.query("MATCH (imp:DataImport {id: $id}) SET imp.status = 'RUNNING'").bind(second.id()).to("id")
			.run();

		assertThat(this.importer.undoInterrupted()).containsExactly(second.id());

		assertThat(observation("KEN:SDG_0852_SEX_AGE_RT:2019")).containsEntry("value", 5.6).containsEntry("severity", 2L)
			.doesNotContainKey("obsStatus").containsEntry("importId", first.id());
		assertThat(count("MATCH (o:DeficitObservation) RETURN count(o)")).isEqualTo(1);
		assertThat(count("MATCH (r:ObservationRevision) RETURN count(r)")).isZero();
		assertThat(this.imports.findById(second.id())).get().satisfies((record) -> {
			assertThat(record.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(record.error()).contains("interrupted");
		});
	}

	@Test
	void refusesASecondImportWhileOneIsRunningAndWritesNothing() {
		this.neo4jClient.query("CREATE (:DataImport {id: 'other', status: 'RUNNING', startedAt: datetime()})").run();

		assertThatExceptionOfType(org.ilo.coalition.graph.command.ConflictException.class)
			.isThrownBy(() -> this.importer.importFile(utf8(BULK_HEADER
					+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"), "late.csv", SECRETARIAT))
			.withMessageContaining("other");
		assertThat(count("MATCH (o:DeficitObservation) RETURN count(o)")).isZero();
		assertThat(count("MATCH (imp:DataImport) RETURN count(imp)")).isEqualTo(1);
	}

	@Test
	void refusesAnImpossibleYear() {
		String file = BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,\n"
				+ "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019Q5,5.9,,,,\n";

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.importer.importFile(utf8(file), "bad.csv", SECRETARIAT))
			.withMessageContaining("line 3")
			.withMessageContaining("time");
		assertThat(count("MATCH (o:DeficitObservation) RETURN count(o)")).isZero();
	}

	@Test
	void readsGzippedSdmxCsvAsIlostatsApiReturnsIt() throws IOException {
		String file = "DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,AGE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,SOURCE\n"
				+ "ILO:DF_SDG_0852_SEX_AGE_RT(1.0),KEN,A,UNE_DEAP_RT,SEX_T,AGE_YTHADULT_YGE15,2019,5.6,,PT,BA:1\n"
				+ "ILO:DF_SDG_0852_SEX_AGE_RT(1.0),KEN,A,UNE_DEAP_RT,SEX_M,AGE_YTHADULT_YGE15,2019,5.2,,PT,BA:1\n"
				+ "ILO:DF_SDG_0852_SEX_AGE_RT(1.0),KEN,A,UNE_DEAP_RT,SEX_T,AGE_YTHADULT_YGE15,2020,6.4,B,PT,BA:1\n";

		DataImportView report = this.importer.importFile(gzip(file), "sdmx-download", SECRETARIAT);

		assertThat(report.format()).isEqualTo(FileFormat.SDMX_CSV);
		assertThat(report.created()).isEqualTo(2);
		assertThat(report.skipped()).containsOnly(entry(SkipReason.NOT_TOTAL_SEX, 1L));
		assertThat(observation("KEN:SDG_0852_SEX_AGE_RT:2020")).containsEntry("obsStatus", "B").containsEntry("value", 6.4);
	}

	@Test
	void listsTheOpenRequestsWhoseSeverityTheImportMovedAndRecordsThemInTheAuditTrail() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Jobs", "8.5.2").get(1);
		String moved = fixture.request("KEN", objective, "Employment services", java.time.LocalDate.now().plusMonths(6),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String jordan = fixture.strategyWithObjective("JOR", "Youth", "8.6.1").get(1);
		String unmoved = fixture.request("JOR", jordan, "Youth guarantee", java.time.LocalDate.now().plusMonths(6),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));

		DataImportView report = this.importer.importFile(
				utf8(BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,11.2,,,,\n"), "ken.csv",
				SECRETARIAT);

		assertThat(report.severityChanges()).containsExactly(new SeverityChange(moved, "KEN", null, 4));
		assertThat(this.imports.findById(report.id()).orElseThrow().severityChanges())
			.containsExactly(new SeverityChange(moved, "KEN", null, 4));
		assertThat(this.neo4jClient.query("""
				MATCH (e:AuditEvent {action: 'REQUEST_PRIORITY_CHANGED'})
				RETURN e.targetId AS target, e.beforeStatus AS before, e.afterStatus AS after""").fetch().all())
			.containsExactly(Map.of("target", moved, "before", "no data", "after", "severity 4"));
		assertThat(unmoved).isNotEqualTo(moved);
	}

	@Test
	void anOlderFigureLeavesARequestsSeverityAsItIs() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.5.2", 2021, 5.0, 2);
		String objective = fixture.strategyWithObjective("KEN", "Jobs", "8.5.2").get(1);
		fixture.request("KEN", objective, "Employment services", java.time.LocalDate.now().plusMonths(6),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));

		// 11.2 % gives severity 4, but 2015 is older than the 2021 figure: the request's severity stays 2.
		DataImportView report = this.importer.importFile(
				utf8(BULK_HEADER + "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2015,11.2,,,,\n"), "old.csv",
				SECRETARIAT);

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.severityChanges()).isEmpty();
	}

	@Test
	void loadsTheShippedSnapshotOnceWithEveryFigureAsTheFileGivesIt(@Autowired ShippedDeficits shipped)
			throws IOException {
		DataImportView report = shipped.importIfNew().orElseThrow();

		assertThat(report.rowsRead()).isEqualTo(1211);
		assertThat(report.created()).isEqualTo(1211);
		assertThat(report.skippedTotal()).isZero();
		Map<String, Long> perSeries = new java.util.TreeMap<>();
		Map<String, Object[]> fromFile = new java.util.HashMap<>();
		try (InputStream in = new org.springframework.core.io.ClassPathResource(ShippedDeficits.RESOURCE).getInputStream();
				ObservationFileReader reader = ObservationFileReader.open(in, 2100)) {
			for (ObservationRow row = reader.next(); row != null; row = reader.next()) {
				perSeries.merge(row.series(), 1L, Long::sum);
				fromFile.put(row.refArea() + ":" + row.series() + ":" + row.period().year(),
						new Object[] { row.value(), row.source() });
			}
		}
		Map<String, Long> inGraph = new java.util.TreeMap<>();
		this.neo4jClient.query("MATCH (o:DeficitObservation) RETURN o.series AS series, count(o) AS n").fetch().all()
			.forEach((r) -> inGraph.put((String) r.get("series"), (Long) r.get("n")));
		assertThat(inGraph).isEqualTo(perSeries);
		this.neo4jClient.query("MATCH (o:DeficitObservation) RETURN o.id AS id, o.value AS value, o.source AS source")
			.fetch().all().forEach((r) -> {
				Object[] expected = fromFile.get((String) r.get("id"));
				assertThat(r.get("value")).as((String) r.get("id")).isEqualTo(expected[0]);
				assertThat(r.get("source")).as((String) r.get("id")).isEqualTo(expected[1]);
			});
		// Hourly earnings in local currency have no severity; every other series has one on each observation.
		assertThat(count("MATCH (o:DeficitObservation) WHERE o.severity IS NULL AND o.series <> 'SDG_0851_SEX_OCU_NB' "
				+ "RETURN count(o)")).isZero();
		assertThat(count("MATCH (o:DeficitObservation {series: 'SDG_0851_SEX_OCU_NB'}) WHERE o.severity IS NOT NULL "
				+ "RETURN count(o)")).isZero();
		assertThat(shipped.importIfNew()).isEmpty();
	}

	private Map<String, Object> observation(String id) {
		return this.neo4jClient.query("""
				MATCH (o:DeficitObservation {id: $id})-[:OF_INDICATOR]->(i:Indicator)
				RETURN o {.*, indicator: i.code,
				          importId: COLLECT { MATCH (o)-[:IMPORTED_BY]->(imp) RETURN imp.id }[0]} AS o""")
			.bind(id).to("id").fetchAs(Map.class).mappedBy((types, r) -> r.get("o").asMap()).one().orElseThrow();
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static InputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static InputStream gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

}
