package org.ilo.coalition.graph.ilostat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ObservationFileReaderTests {

	private static final int MAX_YEAR = 2026;

	private static final String BULK_HEADER = "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,"
			+ "note_classif,note_indicator,note_source";

	/** Quoted as ILOSTAT's rplumber service writes its CSV: every string in quotes, numbers and empty cells bare. */
	private static final String BULK = BULK_HEADER + """

			"KEN","BX:3465","UNE_DEAP_SEX_AGE_RT","SEX_T","AGE_YTHADULT_YGE15",,"2021",5.585,,,,"R1:3513"
			"USA","BA:453","UNE_DEAP_SEX_AGE_RT","SEX_F","AGE_YTHADULT_Y15-24",,"2025",9.002,"B","C6:1058","I11:264","R1:3513_R1:2803_T2:85"
			"X01","XA:8405","LAP_2GDP_NOC_RT",,,,"2020",36.723,,,,
			""";

	/** A probe of ILOSTAT's SDMX API (format SDMX-CSV 1.0), header and row as the API returns them. */
	private static final String SDMX_10 = """
			DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,AGE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE_TYPE,UNIT_MEASURE,UNIT_MULT,SOURCE,NOTE_SOURCE,NOTE_INDICATOR,NOTE_CLASSIF,DECIMALS,UPPER_BOUND,LOWER_BOUND
			ILO:DF_UNE_DEAP_SEX_AGE_RT(1.0),ABW,A,UNE_DEAP_RT,SEX_T,AGE_YTHADULT_YGE15,2011,8.9,,RT,PT,0,LFS - Labour Force Survey,,,,1,,
			ILO:DF_UNE_DEAP_SEX_AGE_RT(1.0),ABW,A,UNE_DEAP_RT,SEX_M,AGE_YTHADULT_Y15-24,2011,16.25,B,RT,PT,0,LFS - Labour Force Survey,,,,1,,
			""";

	private static final String SNAPSHOT = """
			ref_area,indicator,sdg,sex,time,obs_value,unit,source
			AGO,SDG_0111_SEX_AGE_RT,1.1.1,SEX_T,2009,26.7,percent,"UN SDG Global Database (UNSD SDG API CSV, custodian ILO), series SI_POV_EMP1"
			""";

	@Test
	void readsAnIlostatBulkFile() {
		try (ObservationFileReader reader = open(BULK)) {
			assertThat(reader.format()).isEqualTo(FileFormat.ILOSTAT_BULK);
			assertThat(reader.next()).isEqualTo(new ObservationRow(2, "KEN", "UNE_DEAP_SEX_AGE_RT", "SEX_T",
					"AGE_YTHADULT_YGE15", null, new Period(2021, null), 5.585, null, "BX:3465"));
			assertThat(reader.next()).isEqualTo(new ObservationRow(3, "USA", "UNE_DEAP_SEX_AGE_RT", "SEX_F",
					"AGE_YTHADULT_Y15-24", null, new Period(2025, null), 9.002, "B", "BA:453"));
			assertThat(reader.next()).isEqualTo(new ObservationRow(4, "X01", "LAP_2GDP_NOC_RT", null, null, null,
					new Period(2020, null), 36.723, null, "XA:8405"));
			assertThat(reader.next()).isNull();
			assertThat(reader.next()).isNull();
			assertThat(reader.rowsRead()).isEqualTo(3);
		}
	}

	@Test
	void readsABulkFileWithColumnsInAnotherOrderLabelColumnsAndNoBreakdowns() {
		List<ObservationRow> rows = readAll("""
				indicator,indicator.label,ref_area,ref_area.label,time,obs_value,sex.label,sex
				SDG_0861_SEX_RT,"Share of youth not in employment, education or training (NEET) by sex (%)",KEN,Kenya,2023Q2,12.5,Female,SEX_F
				""");

		assertThat(rows).containsExactly(new ObservationRow(2, "KEN", "SDG_0861_SEX_RT", "SEX_F", null, null,
				new Period(2023, "Q2"), 12.5, null, null));
	}

	@Test
	void readsClassif2AndMonthlyPeriodsOfABulkFile() {
		List<ObservationRow> rows = readAll(BULK_HEADER + """

				"PRT","BX:1","EMP_TEMP_SEX_OCU_DSB_NB","SEX_M","OCU_SKILL_L3-4","DSB_STATUS_DIS","2019M07",12.3,,,,
				""");

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.classif1()).isEqualTo("OCU_SKILL_L3-4");
			assertThat(row.classif2()).isEqualTo("DSB_STATUS_DIS");
			assertThat(row.period()).isEqualTo(new Period(2019, "M07"));
		});
	}

	@Test
	void readsSdmxCsv10TakingTheIndicatorFromTheDataflowAndTheAgeDimensionAsClassif1() {
		try (ObservationFileReader reader = open(SDMX_10)) {
			assertThat(reader.format()).isEqualTo(FileFormat.SDMX_CSV);
			assertThat(reader.next()).isEqualTo(new ObservationRow(2, "ABW", "UNE_DEAP_SEX_AGE_RT", "SEX_T",
					"AGE_YTHADULT_YGE15", null, new Period(2011, null), 8.9, null, "LFS - Labour Force Survey"));
			assertThat(reader.next()).isEqualTo(new ObservationRow(3, "ABW", "UNE_DEAP_SEX_AGE_RT", "SEX_M",
					"AGE_YTHADULT_Y15-24", null, new Period(2011, null), 16.25, "B", "LFS - Labour Force Survey"));
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void readsSdmxCsv20WithTwoBreakdownsAndSdmxPeriods() {
		List<ObservationRow> rows = readAll("""
				STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,FREQ,MEASURE,SEX,INS,DSB,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,SOURCE,NOTE_SOURCE
				dataflow,ILO:DF_EMP_TEMP_SEX_INS_DSB_NB(1.0),I,KEN,Q,EMP_TEMP_NB,SEX_T,INS_SECTOR_TOTAL,DSB_STATUS_TOTAL,2019-Q1,18073.2,,PS,LFS - Labour Force Survey,
				dataflow,ILO:DF_EMP_TEMP_SEX_INS_DSB_NB(1.0),A,KEN,M,EMP_TEMP_NB,SEX_F,INS_SECTOR_PUB,DSB_STATUS_DIS,2019-01,1.5,U,PS,,
				dataflow,ILO:DF_EMP_TEMP_SEX_INS_DSB_NB(1.0),,KEN,M,EMP_TEMP_NB,SEX_F,INS_SECTOR_PUB,DSB_STATUS_DIS,2019-M02,1.6,,PS,,
				""");

		assertThat(rows).extracting(ObservationRow::series).containsOnly("EMP_TEMP_SEX_INS_DSB_NB");
		assertThat(rows).extracting(ObservationRow::classif1)
			.containsExactly("INS_SECTOR_TOTAL", "INS_SECTOR_PUB", "INS_SECTOR_PUB");
		assertThat(rows).extracting(ObservationRow::classif2)
			.containsExactly("DSB_STATUS_TOTAL", "DSB_STATUS_DIS", "DSB_STATUS_DIS");
		assertThat(rows).extracting(ObservationRow::period)
			.containsExactly(new Period(2019, "Q1"), new Period(2019, "M01"), new Period(2019, "M02"));
		assertThat(rows).extracting(ObservationRow::obsStatus).containsExactly(null, "U", null);
		assertThat(rows).extracting(ObservationRow::source).containsExactly("LFS - Labour Force Survey", null, null);
	}

	@Test
	void readsSdmxCsvSeriesFromAnIndicatorColumnFirstAndWithoutSexOrBreakdowns() {
		List<ObservationRow> rows = readAll("""
				DATAFLOW,INDICATOR,REF_AREA,FREQ,MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,SOURCE
				ILO:DF_SDG_0552_NOC_RT(1.0),SDG_0552_NOC_RT,KEN,A,SDG_0552_RT,2019,37.1,,PT,LFS - Labour Force Survey
				""");

		assertThat(rows).containsExactly(new ObservationRow(2, "KEN", "SDG_0552_NOC_RT", null, null, null,
				new Period(2019, null), 37.1, null, "LFS - Labour Force Survey"));
	}

	@Test
	void readsSdmxCsvFromADataStructureIdWithoutDfPrefixOrVersion() {
		List<ObservationRow> rows = readAll("""
				STRUCTURE[;],STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE
				datastructure,ILO:SDG_1041_NOC_RT(1.0),KEN,2019,36.1
				dataflow,DF_SDG_0852_SEX_AGE_RT,KEN,2019,5.6
				""");

		assertThat(rows).extracting(ObservationRow::series).containsExactly("SDG_1041_NOC_RT", "SDG_0852_SEX_AGE_RT");
		assertThat(rows).extracting(ObservationRow::classif1).containsOnlyNulls();
	}

	@Test
	void refusesSdmxDeleteActions() {
		ImportFileException failure = failure("""
				STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE
				dataflow,ILO:DF_SDG_1041_NOC_RT(1.0),D,KEN,2019,-
				""");

		assertThat(failure.line()).isEqualTo(2);
		assertThat(failure.column()).isEqualTo("ACTION");
		assertThat(failure).hasMessageContaining("action 'D' cannot be imported");
	}

	@Test
	void refusesSdmxRowsOfAProvisionAgreement() {
		ImportFileException failure = failure("""
				STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE
				dataprovision,ILO:PA_KEN(1.0),KEN,2019,36.1
				""");

		assertThat(failure.line()).isEqualTo(2);
		assertThat(failure.column()).isEqualTo("STRUCTURE");
		assertThat(failure).hasMessageContaining("structure 'dataprovision' cannot be imported");
	}

	@Test
	void refusesALatestYearThatNoPeriodCanHave() {
		for (int maxYear : new int[] { 1899, 10_000 }) {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> ObservationFileReader.open(new ByteArrayInputStream(new byte[0]), maxYear))
				.withMessageContaining("maxYear " + maxYear);
		}
	}

	@Test
	void refusesADataflowIdThatNamesNoIndicator() {
		ImportFileException failure = failure("""
				DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE
				ILO:DF_SDG_1041_NOC_RT(1.0),KEN,2019,36.1
				ILO:(1.0),KEN,2019,36.1
				""");

		assertThat(failure.line()).isEqualTo(3);
		assertThat(failure.column()).isEqualTo("DATAFLOW");
		assertThat(failure).hasMessageContaining("'ILO:(1.0)' names no dataflow");
	}

	@Test
	void refusesAnSdmxHeaderWithMoreThanTwoPossibleBreakdowns() {
		ImportFileException failure = failure("""
				DATAFLOW,REF_AREA,SEX,AGE,ECO,COMMENT_OBS,TIME_PERIOD,OBS_VALUE
				""");

		assertThat(failure.line()).isEqualTo(1);
		assertThat(failure.column()).isNull();
		assertThat(failure).hasMessageContaining("(AGE, ECO, COMMENT_OBS)");
	}

	@Test
	void readsThePlatformSnapshotLayout() {
		try (ObservationFileReader reader = open(SNAPSHOT)) {
			assertThat(reader.format()).isEqualTo(FileFormat.PLATFORM_SNAPSHOT);
			assertThat(reader.next()).isEqualTo(new ObservationRow(2, "AGO", "SDG_0111_SEX_AGE_RT", "SEX_T", null,
					null, new Period(2009, null), 26.7, null,
					"UN SDG Global Database (UNSD SDG API CSV, custodian ILO), series SI_POV_EMP1"));
		}
	}

	@Test
	void readsTheShippedSnapshotCompletely() throws IOException {
		List<ObservationRow> rows = new ArrayList<>();
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("reference/ilostat/ilostat-sdg-latest.csv")) {
			assertThat(in).as("the shipped snapshot on the classpath").isNotNull();
			try (ObservationFileReader reader = ObservationFileReader.open(in, MAX_YEAR)) {
				assertThat(reader.format()).isEqualTo(FileFormat.PLATFORM_SNAPSHOT);
				for (ObservationRow row = reader.next(); row != null; row = reader.next()) {
					rows.add(row);
				}
				assertThat(reader.rowsRead()).isEqualTo(1_211);
			}
		}
		assertThat(rows).hasSize(1_211);
		// CRLF line ends: the last column must not keep the CR.
		assertThat(rows.get(0)).isEqualTo(new ObservationRow(2, "AGO", "SDG_0111_SEX_AGE_RT", "SEX_T", null, null,
				new Period(2009, null), 26.7, null,
				"UN SDG Global Database (UNSD SDG API CSV, custodian ILO), series SI_POV_EMP1 Employed population "
						+ "below international poverty line (US$1.90 PPP/day), age 15+; nature=m (modelled); via "
						+ "github.com/open-numbers/ddf--unstats--sdg_indicators @ "
						+ "1bfae15828a86ad30e86872411534f5c8136d784 : "
						+ "ddf--datapoints--si_pov_emp1--by--age--geo_area--nature--sex--units--year.csv"));
		assertThat(rows.get(rows.size() - 1).line()).isEqualTo(1_212);
		assertThat(rows.stream().map(ObservationRow::series).distinct()).hasSize(11);
		assertThat(rows.stream().map(ObservationRow::refArea).distinct()).hasSize(187);
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.sex()).isEqualTo("SEX_T");
			assertThat(row.value()).isNotNull();
			assertThat(row.period().annual()).isTrue();
			assertThat(row.period().year()).isBetween(2000, 2019);
			assertThat(row.source()).contains(", custodian ILO)").doesNotEndWith("\r");
		});
	}

	@Test
	void detectsGzipByItsMagicBytesNotByTheFileName(@TempDir Path directory) throws IOException {
		Path compressed = directory.resolve("observations.csv");
		Files.write(compressed, gzip(BULK));
		Path plain = directory.resolve("observations.csv.gz");
		Files.writeString(plain, BULK);

		for (Path file : List.of(compressed, plain)) {
			try (ObservationFileReader reader = ObservationFileReader.open(Files.newInputStream(file), MAX_YEAR)) {
				assertThat(reader.format()).isEqualTo(FileFormat.ILOSTAT_BULK);
				assertThat(reader.next()).extracting(ObservationRow::refArea).isEqualTo("KEN");
			}
		}
	}

	@Test
	void readsEveryRowOfAGzipStreamLargerThanItsBuffers() {
		StringBuilder text = new StringBuilder(BULK_HEADER).append('\n');
		for (int i = 0; i < 20_000; i++) {
			text.append("\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",\"AGE_YTHADULT_YGE15\",,\"")
				.append(2000 + i % 25)
				.append("\",")
				.append(i)
				.append(".5,,,,\n");
		}
		List<ObservationRow> rows = readAll(gzip(text.toString()));

		assertThat(rows).hasSize(20_000);
		assertThat(rows.get(19_999).line()).isEqualTo(20_001);
		assertThat(rows.get(19_999).value()).isEqualTo(19_999.5);
	}

	@Test
	void refusesATruncatedGzipStream() {
		StringBuilder text = new StringBuilder(BULK);
		for (int i = 0; i < 5_000; i++) {
			text.append("\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2020\",").append(i).append(",,,,\n");
		}
		byte[] compressed = gzip(text.toString());

		ImportFileException failure = failure(Arrays.copyOf(compressed, compressed.length / 2));

		assertThat(failure).hasMessageContaining("gzip stream is truncated or corrupt");
		assertThat(failure.column()).isNull();
	}

	@Test
	void dropsAByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = BULK.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, withBom, 0, bom.length);
		System.arraycopy(text, 0, withBom, bom.length, text.length);

		try (ObservationFileReader reader = open(withBom)) {
			assertThat(reader.format()).isEqualTo(FileFormat.ILOSTAT_BULK);
			assertThat(reader.next().refArea()).isEqualTo("KEN");
		}
	}

	@Test
	void readsWindowsLineEndingsWithoutKeepingTheCarriageReturn() {
		List<ObservationRow> rows = readAll(BULK.replace("\n", "\r\n"));

		assertThat(rows).hasSize(3);
		assertThat(rows).extracting(ObservationRow::line).containsExactly(2L, 3L, 4L);
		assertThat(readAll(SNAPSHOT.replace("\n", "\r\n"))).singleElement()
			.extracting(ObservationRow::source)
			.asString()
			.endsWith("series SI_POV_EMP1");
	}

	@Test
	void readsQuotedCommasQuotesAndLineBreaksAndCountsLinesAfterThem() {
		String text = BULK_HEADER + "\n"
				+ "\"KEN\",\"BA:1, \"\"LFS\"\"\nsecond line\r\nthird line\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2020\",4.5,,,,\n"
				+ "\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2021\",4.6,,,,\n"
				+ "\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2022\",\"n/a\",,,,\n";

		try (ObservationFileReader reader = open(text)) {
			ObservationRow first = reader.next();
			assertThat(first.line()).isEqualTo(2);
			assertThat(first.source()).isEqualTo("BA:1, \"LFS\"\nsecond line\r\nthird line");
			assertThat(reader.next().line()).isEqualTo(5);
			ImportFileException failure = catchThrowableOfType(reader::next, ImportFileException.class);
			assertThat(failure.line()).isEqualTo(6);
			assertThat(failure.column()).isEqualTo("obs_value");
		}
	}

	@Test
	void readsAnEmptyValueAsNoValueKeepingItsStatus() {
		List<ObservationRow> rows = readAll(BULK_HEADER + """

				"KEN","BA:1","SDG_0852_SEX_AGE_RT","SEX_T",,,"2020",,"C",,,
				""");

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.value()).isNull();
			assertThat(row.obsStatus()).isEqualTo("C");
		});
	}

	@Test
	void readsEveryWritingOfANumber() {
		List<ObservationRow> rows = readAll(BULK_HEADER + """

				KEN,,SDG_0852_SEX_AGE_RT,,,,2020,-3e-2,,,,
				KEN,,SDG_0852_SEX_AGE_RT,,,,2020,+4,,,,
				KEN,,SDG_0852_SEX_AGE_RT,,,,2020,1.,,,,
				KEN,,SDG_0852_SEX_AGE_RT,,,,2020,.5,,,,
				KEN,,SDG_0852_SEX_AGE_RT,,,,2020,1.5E3,,,,
				KEN,,SDG_0852_SEX_AGE_RT,,,,2020,0,,,,
				""");

		assertThat(rows).extracting(ObservationRow::value).containsExactly(-0.03, 4.0, 1.0, 0.5, 1500.0, 0.0);
	}

	@Test
	void skipsEmptyLinesButCountsThem() {
		List<ObservationRow> rows = readAll(BULK_HEADER + """


				"KEN","BA:1","SDG_0852_SEX_AGE_RT","SEX_T",,,"2020",1,,,,

				"KEN","BA:1","SDG_0852_SEX_AGE_RT","SEX_T",,,"2021",2,,,,


				""");

		assertThat(rows).extracting(ObservationRow::line).containsExactly(3L, 5L);
	}

	static Stream<Arguments> badRows() {
		String good = "\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",\"AGE_YTHADULT_YGE15\",,";
		return Stream.of(
				// The value: a decimal comma, words, and what Double.parseDouble alone would let in.
				Arguments.of(good + "\"2020\",\"12,5\",,,,", "obs_value", "'12,5' is not a number"),
				Arguments.of(good + "\"2020\",n/a,,,,", "obs_value", "'n/a' is not a number"),
				Arguments.of(good + "\"2020\",NaN,,,,", "obs_value", "'NaN' is not a number"),
				Arguments.of(good + "\"2020\",Infinity,,,,", "obs_value", "'Infinity' is not a number"),
				Arguments.of(good + "\"2020\",-Infinity,,,,", "obs_value", "'-Infinity' is not a number"),
				Arguments.of(good + "\"2020\",0x1p3,,,,", "obs_value", "'0x1p3' is not a number"),
				Arguments.of(good + "\"2020\",1.5d,,,,", "obs_value", "'1.5d' is not a number"),
				Arguments.of(good + "\"2020\",\" 12.5\",,,,", "obs_value", "' 12.5' is not a number"),
				Arguments.of(good + "\"2020\",-,,,,", "obs_value", "'-' is not a number"),
				Arguments.of(good + "\"2020\",1.2.3,,,,", "obs_value", "'1.2.3' is not a number"),
				Arguments.of(good + "\"2020\",1e999,,,,", "obs_value", "'1e999' is too large"),
				// The period.
				Arguments.of(good + "\"20230\",1,,,,", "time", "'20230' is not a period"),
				Arguments.of(good + "\"2023Q5\",1,,,,", "time", "names quarter 5"),
				Arguments.of(good + "\"2023M13\",1,,,,", "time", "names month 13"),
				Arguments.of(good + "\"abc\",1,,,,", "time", "'abc' is not a period"),
				Arguments.of(good + "\"1899\",1,,,,", "time", "year 1899 is before 1900"),
				Arguments.of(good + "\"2027\",1,,,,", "time", "year 2027 is after 2026, the latest year accepted"),
				Arguments.of(good + ",1,,,,", "time", "a period is required"),
				// The keys.
				Arguments.of(",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2020\",1,,,,", "ref_area",
						"a value is required"),
				Arguments.of("\" \",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2020\",1,,,,", "ref_area",
						"a value is required"),
				Arguments.of("\"KEN\",\"BA:1\",,\"SEX_T\",,,\"2020\",1,,,,", "indicator", "a value is required"),
				// The record.
				Arguments.of(good + "\"2020\",1", "obs_status", "the record has 8 fields but the header has 12"),
				Arguments.of(good + "\"2020\",1,,,,,", null, "the record has 13 fields but the header has 12"),
				Arguments.of("\"KEN\"x,\"BA:1\",\"SDG_0852_SEX_AGE_RT\",,,,\"2020\",1,,,,", "ref_area",
						"text after the closing quote"),
				Arguments.of("KE\"N,\"BA:1\",\"SDG_0852_SEX_AGE_RT\",,,,\"2020\",1,,,,", "ref_area",
						"a quote inside an unquoted value"));
	}

	@ParameterizedTest
	@MethodSource("badRows")
	void refusesABadRowNamingItsLineAndColumn(String row, String column, String problem) {
		String text = BULK_HEADER + "\n\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2019\",1.5,,,,\n" + row
				+ "\n\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",\"SEX_T\",,,\"2021\",1.5,,,,\n";

		try (ObservationFileReader reader = open(text)) {
			assertThat(reader.next()).isNotNull();
			ImportFileException failure = catchThrowableOfType(reader::next, ImportFileException.class);

			assertThat(failure).as("the failure for %s", row).isNotNull().hasMessageContaining(problem);
			assertThat(failure.line()).isEqualTo(3);
			assertThat(failure.column()).isEqualTo(column);
			assertThat(failure).hasMessageStartingWith(
					(column != null) ? "line 3, column " + column + ": " : "line 3: ");
			assertThat(reader.rowsRead()).isEqualTo(1);
			assertThatIllegalStateException().isThrownBy(reader::next);
		}
	}

	@Test
	void refusesAQuoteLeftOpenAtTheEndOfTheFileNamingTheLineWhereItsRecordStarts() {
		ImportFileException failure = failure(
				BULK + "\"KEN\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",,,,\"2020\",1,,,,\"R1:3513\n\n");

		assertThat(failure.line()).isEqualTo(5);
		assertThat(failure.column()).isEqualTo("note_source");
		assertThat(failure)
			.hasMessage("line 5, column note_source: a quoted value is not closed before the end of the file");
	}

	@Test
	void namesTheSdmxColumnsInTheirOwnCase() {
		ImportFileException failure = failure(SDMX_10.replace(",2011,8.9,", ",2011,8;9,"));

		assertThat(failure.column()).isEqualTo("OBS_VALUE");
		assertThat(failure).hasMessageStartingWith("line 2, column OBS_VALUE: '8;9' is not a number");
	}

	@Test
	void refusesARecordLongerThanTheLimitRatherThanReadingOnForAClosingQuote() {
		String text = BULK_HEADER + "\n\"KEN\",\"" + "x".repeat(CsvRecords.MAX_RECORD_CHARS + 10);

		ImportFileException failure = failure(text);

		assertThat(failure.line()).isEqualTo(2);
		assertThat(failure.column()).isEqualTo("source");
		assertThat(failure).hasMessageContaining("longer than " + CsvRecords.MAX_RECORD_CHARS);
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		byte[] text = (BULK_HEADER + "\n\"C\u00D4T\",\"BA:1\",\"SDG_0852_SEX_AGE_RT\",,,,\"2020\",1,,,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		ImportFileException failure = failure(text);

		assertThat(failure).hasMessageContaining("not UTF-8");
	}

	@Test
	void refusesAHeaderOfNoKnownLayoutListingWhatEachLayoutNeeds() {
		ImportFileException failure = failure("country,year,value,indicator\nKEN,2020,1,X\n");

		assertThat(failure.line()).isEqualTo(1);
		assertThat(failure.column()).isNull();
		assertThat(failure).hasMessageContaining("Columns found: country, year, value, indicator.")
			.hasMessageContaining("ILOSTAT bulk file needs ref_area, indicator, time, obs_value "
					+ "(missing ref_area, time, obs_value)")
			.hasMessageContaining("SDMX-CSV needs REF_AREA, TIME_PERIOD, OBS_VALUE and one of INDICATOR, "
					+ "DATAFLOW, STRUCTURE_ID")
			.hasMessageContaining("the platform snapshot needs ref_area, indicator, sdg, time, obs_value, unit");
	}

	@Test
	void refusesALabelsOnlyBulkFile() {
		ImportFileException failure = failure("ref_area.label,indicator.label,time,obs_value\nKenya,Unemployment,2020,1\n");

		assertThat(failure).hasMessageContaining("missing ref_area, indicator)");
	}

	@Test
	void refusesAHeaderNamingAColumnTwice() {
		ImportFileException failure = failure("ref_area,indicator,time,obs_value,time\n");

		assertThat(failure.line()).isEqualTo(1);
		assertThat(failure).hasMessageContaining("names column time twice");
	}

	@Test
	void refusesAnEmptyFile() {
		for (String text : List.of("", "\n\r\n", "\uFEFF")) {
			ImportFileException failure = failure(text);

			assertThat(failure.line()).isEqualTo(1);
			assertThat(failure.column()).isNull();
			assertThat(failure).hasMessage("line 1: the file is empty; expected a header line");
		}
		assertThat(failure(gzip(""))).hasMessageContaining("the file is empty");
	}

	@Test
	void readsAHeaderAloneAsAFileWithoutRows() {
		for (String text : List.of(BULK_HEADER, BULK_HEADER + "\n", BULK_HEADER + "\r\n")) {
			try (ObservationFileReader reader = open(text)) {
				assertThat(reader.format()).isEqualTo(FileFormat.ILOSTAT_BULK);
				assertThat(reader.next()).isNull();
				assertThat(reader.rowsRead()).isZero();
			}
		}
	}

	@Test
	void closesTheStreamWhenOpeningFails() {
		boolean[] closed = { false };
		InputStream in = new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};

		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> ObservationFileReader.open(in, MAX_YEAR));
		assertThat(closed[0]).isTrue();
	}

	private static ObservationFileReader open(String text) {
		return open(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ObservationFileReader open(byte[] bytes) {
		return ObservationFileReader.open(new ByteArrayInputStream(bytes), MAX_YEAR);
	}

	private static List<ObservationRow> readAll(String text) {
		return readAll(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<ObservationRow> readAll(byte[] bytes) {
		List<ObservationRow> rows = new ArrayList<>();
		try (ObservationFileReader reader = open(bytes)) {
			for (ObservationRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static ImportFileException failure(String text) {
		return failure(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ImportFileException failure(byte[] bytes) {
		ImportFileException failure = catchThrowableOfType(() -> readAll(bytes), ImportFileException.class);
		assertThat(failure).as("an ImportFileException").isNotNull();
		return failure;
	}

	private static byte[] gzip(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
