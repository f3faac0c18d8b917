package org.ilo.coalition.graph.ilostat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a realistic ILOSTAT bulk CSV of any number of rows, for benchmarks of {@link ObservationFileReader}: the
 * same bytes for the same seed, written as it goes (nothing is held in memory).
 *
 * <p>
 * The file looks like a concatenation of the bulk facility's files by reference area: per area (the 187 ILO member
 * States of {@code reference/ilo-member-states.csv}, then the aggregates {@code X01} World to {@code X06} Africa),
 * every series it reports, year by year from 2000 to 2024 with gaps, each year from one source or often two, for each
 * sex and breakdown. Quoting is that of ILOSTAT's rplumber CSV: every string in quotes, numbers and empty cells
 * bare. Once every area has been written the walk starts again (with new draws), until {@code rows} are written.
 *
 * <p>
 * The series are the catalogue's ({@code reference/indicator-series.csv}), the three the shipped snapshot uses instead
 * (SDG_B871_SEX_AGE_RT, SDG_N881_SEX_MIG_RT, SDG_0851_SEX_OCU_NB) and three that are in no catalogue
 * (UNE_DEAP_SEX_AGE_RT, which also has quarterly and monthly periods for some countries, EAP_DWAP_SEX_AGE_RT and
 * SDG_A871_SEX_AGE_RT). Their codes are ILOSTAT's, as found in public copies of its data (sources in
 * {@code docs/ilostat-formats.md}): sexes {@code SEX_T/M/F}; age {@code AGE_YTHADULT_YGE15} (the total),
 * {@code _Y15-24}, {@code _YGE25}, {@code _Y15-64}; child labour {@code AGE_CLDVERSION_Y05-17} and its bands;
 * occupation {@code OCU_SKILL_TOTAL}, {@code OCU_SKILL_L1}, {@code _L2}, {@code _L3-4}, {@code OCU_ISCO08_TOTAL},
 * {@code OCU_ISCO08_1} to {@code _9}; economic activity {@code ECO_SECTOR_*}, {@code ECO_AGGREGATE_*}; social
 * protection {@code SOC_CONTIG_*}; migrant status {@code MIG_STATUS_TOTAL/MIGRANT/NONMIG}. Source codes have the
 * prefixes of real ones ({@code BA}, {@code BB}, {@code BX} for surveys, {@code XA:8405} for the ILO modelled
 * estimates of aggregates) with made-up numbers; notes reuse codes seen in real files ({@code C6:1058},
 * {@code I11:264}, {@code R1:3513}). Values are drawn per area and series within a plausible range for the indicator
 * and moved by year, sex and breakdown; they are not data.
 */
final class IlostatBulkFileGenerator {

	static final String HEADER = "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,"
			+ "note_classif,note_indicator,note_source";

	static final List<String> EXTRA_SERIES = List.of("SDG_B871_SEX_AGE_RT", "SDG_N881_SEX_MIG_RT",
			"SDG_0851_SEX_OCU_NB");

	static final List<String> SERIES_OUTSIDE_CATALOGUE = List.of("UNE_DEAP_SEX_AGE_RT", "EAP_DWAP_SEX_AGE_RT",
			"SDG_A871_SEX_AGE_RT");

	/** World, then what ILOSTAT codes X02 to X05 (income groups) and X06, Africa. */
	static final List<String> AGGREGATES = List.of("X01", "X02", "X03", "X04", "X05", "X06");

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2024;

	private static final String[] SEXES = { "SEX_T", "SEX_M", "SEX_F" };

	private static final double[] SEX_FACTORS = { 1.0, 0.94, 1.08 };

	private static final Breakdown NONE = new Breakdown(new String[] { null }, new double[] { 1.0 });

	private static final Breakdown YOUTH_ADULT = new Breakdown(
			new String[] { "AGE_YTHADULT_YGE15", "AGE_YTHADULT_Y15-24", "AGE_YTHADULT_YGE25", "AGE_YTHADULT_Y15-64" },
			new double[] { 1.0, 2.1, 0.8, 1.02 });

	private static final Breakdown CHILD_AGE = new Breakdown(new String[] { "AGE_CLDVERSION_Y05-17",
			"AGE_CLDVERSION_Y05-11", "AGE_CLDVERSION_Y12-14", "AGE_CLDVERSION_Y15-17" },
			new double[] { 1.0, 0.9, 1.25, 0.8 });

	private static final Breakdown OCCUPATION = new Breakdown(new String[] { "OCU_SKILL_TOTAL", "OCU_SKILL_L1",
			"OCU_SKILL_L2", "OCU_SKILL_L3-4", "OCU_ISCO08_TOTAL", "OCU_ISCO08_1", "OCU_ISCO08_2", "OCU_ISCO08_3",
			"OCU_ISCO08_4", "OCU_ISCO08_5", "OCU_ISCO08_6", "OCU_ISCO08_7", "OCU_ISCO08_8", "OCU_ISCO08_9" },
			new double[] { 1.0, 0.55, 0.9, 1.6, 1.0, 2.2, 1.9, 1.4, 1.0, 0.75, 0.6, 0.8, 0.85, 0.5 });

	private static final Breakdown ACTIVITY = new Breakdown(new String[] { "ECO_SECTOR_TOTAL", "ECO_SECTOR_AGR",
			"ECO_SECTOR_IND", "ECO_SECTOR_SER", "ECO_AGGREGATE_TOTAL", "ECO_AGGREGATE_AGR", "ECO_AGGREGATE_MAN",
			"ECO_AGGREGATE_CON", "ECO_AGGREGATE_MEL", "ECO_AGGREGATE_MKT", "ECO_AGGREGATE_PUB" },
			new double[] { 1.0, 1.2, 0.9, 0.85, 1.0, 1.2, 0.9, 1.05, 0.7, 0.95, 0.5 });

	private static final Breakdown CONTINGENCY = new Breakdown(new String[] { "SOC_CONTIG_TOTAL", "SOC_CONTIG_PENSION",
			"SOC_CONTIG_UNE", "SOC_CONTIG_CHILD", "SOC_CONTIG_DISAB", "SOC_CONTIG_MAT", "SOC_CONTIG_INJ",
			"SOC_CONTIG_POOR", "SOC_CONTIG_VULN" }, new double[] { 1.0, 1.4, 0.4, 0.6, 0.9, 0.7, 0.8, 0.5, 0.6 });

	private static final Breakdown MIGRANT_STATUS = new Breakdown(
			new String[] { "MIG_STATUS_TOTAL", "MIG_STATUS_MIGRANT", "MIG_STATUS_NONMIG" },
			new double[] { 1.0, 1.3, 0.97 });

	/** Series that ILOSTAT also gives for aggregates, from its modelled estimates. */
	private static final List<String> MODELLED = List.of("SDG_0111_SEX_AGE_RT", "SDG_0852_SEX_AGE_RT",
			"SDG_0861_SEX_RT", "SDG_1041_NOC_RT", "EAP_DWAP_SEX_AGE_RT");

	private final Writer out;

	private final Random random;

	private final List<String> members;

	private final List<Series> series;

	private final StringBuilder line = new StringBuilder(256);

	private long written;

	private IlostatBulkFileGenerator(Writer out, long seed) {
		this.out = out;
		this.random = new Random(seed);
		this.members = memberStates();
		this.series = series();
	}

	/**
	 * Writes {@code rows} data rows after the header to {@code file}, gzip-compressed if its name ends in
	 * {@code .gz}.
	 * @return the rows written
	 */
	static long write(Path file, long rows, long seed) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file)) {
			OutputStream target = file.getFileName().toString().endsWith(".gz")
					? new GZIPOutputStream(stream, 1 << 16) : stream;
			try (Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
				return write(writer, rows, seed);
			}
		}
	}

	/** Writes the header and {@code rows} data rows; does not close {@code out}. */
	static long write(Writer out, long rows, long seed) throws IOException {
		IlostatBulkFileGenerator generator = new IlostatBulkFileGenerator(out, seed);
		out.write(HEADER);
		out.write('\n');
		generator.rows(rows);
		out.flush();
		return generator.written;
	}

	/** Arguments: path (gzip if it ends in .gz), rows (default 1,000,000), seed (default 1). */
	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 3) {
			System.err.println("usage: IlostatBulkFileGenerator <file[.gz]> [rows, default 1000000] [seed, default 1]");
			System.exit(2);
		}
		Path file = Path.of(args[0]);
		long rows = (args.length > 1) ? Long.parseLong(args[1]) : 1_000_000;
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 1;
		long written = write(file, rows, seed);
		System.out.println(written + " rows written to " + file + " (" + Files.size(file) + " bytes)");
	}

	private void rows(long rows) throws IOException {
		if (rows <= 0) {
			return;
		}
		while (true) {
			for (int i = 0; i < this.members.size(); i++) {
				if (member(i, rows)) {
					return;
				}
			}
			for (String aggregate : AGGREGATES) {
				if (aggregate(aggregate, rows)) {
					return;
				}
			}
		}
	}

	/** Writes one member State's rows; true once {@code rows} have been written. */
	private boolean member(int index, long rows) throws IOException {
		String area = this.members.get(index);
		String survey = "BA:" + (1000 + index * 7);
		String secondSurvey = "BB:" + (5000 + index * 11);
		String harmonised = "BX:" + (3000 + index * 13);
		for (Series series : this.series) {
			// Not every country reports every series.
			if (this.random.nextDouble() < 0.25) {
				continue;
			}
			double base = series.low() + (series.high() - series.low()) * this.random.nextDouble();
			double trend = (this.random.nextDouble() - 0.6) * 0.02;
			boolean quarterly = series.indicator().equals("UNE_DEAP_SEX_AGE_RT") && index % 5 == 0;
			boolean monthly = quarterly && index % 10 == 0;
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				if (this.random.nextDouble() < 0.4) {
					continue;
				}
				double level = base * (1 + trend * (year - FIRST_YEAR));
				double draw = this.random.nextDouble();
				boolean twoSources = draw < 0.3;
				String source = (draw < 0.8) ? survey : harmonised;
				int periods = 1 + ((quarterly && year >= 2010) ? 4 : 0) + ((monthly && year >= 2015) ? 12 : 0);
				for (int p = 0; p < periods; p++) {
					String time = time(year, p, quarterly && year >= 2010);
					if (rows(area, source, series, time, level, false, rows)
							|| (twoSources && rows(area, secondSurvey, series, time, level * 1.03, false, rows))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Writes the modelled series of an aggregate, every year; true once {@code rows} have been written. */
	private boolean aggregate(String area, long rows) throws IOException {
		for (Series series : this.series) {
			if (!MODELLED.contains(series.indicator())) {
				continue;
			}
			double base = series.low() + (series.high() - series.low()) * (0.3 + 0.4 * this.random.nextDouble());
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				double level = base * (1 + 0.003 * (LAST_YEAR - year));
				if (rows(area, "XA:8405", series, Integer.toString(year), level, true, rows)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The p-th period of a year: the year, then its quarters, then its months. */
	private static String time(int year, int p, boolean quarters) {
		if (p == 0) {
			return Integer.toString(year);
		}
		if (quarters && p <= 4) {
			return year + "Q" + p;
		}
		int month = quarters ? p - 4 : p;
		return year + ((month < 10) ? "M0" : "M") + month;
	}

	/** Writes the rows of one source and period, for each sex and breakdown. */
	private boolean rows(String area, String source, Series series, String time, double level, boolean modelled,
			long rows) throws IOException {
		int sexes = series.bySex() ? SEXES.length : 1;
		Breakdown breakdown = series.breakdown();
		for (int s = 0; s < sexes; s++) {
			for (int b = 0; b < breakdown.codes().length; b++) {
				String classif1 = breakdown.codes()[b];
				// Maternity benefits are reported for women only.
				if ("SOC_CONTIG_MAT".equals(classif1) && s == 1) {
					continue;
				}
				double noise = 1 + (this.random.nextDouble() - 0.5) * 0.06;
				double value = series.clamp(level * SEX_FACTORS[s] * breakdown.factors()[b] * noise);
				row(area, source, series.indicator(), series.bySex() ? SEXES[s] : null, classif1, time, value,
						modelled);
				if (++this.written == rows) {
					return true;
				}
			}
		}
		return false;
	}

	private void row(String area, String source, String indicator, String sex, String classif1, String time,
			double value, boolean modelled) throws IOException {
		String status = null;
		boolean withValue = true;
		if (!modelled) {
			double draw = this.random.nextDouble();
			if (draw < 0.03) {
				status = "B";
			}
			else if (draw < 0.05) {
				status = "U";
			}
			else if (draw < 0.052) {
				// Confidential: a status and no value.
				status = "C";
				withValue = false;
			}
		}
		StringBuilder line = this.line;
		line.setLength(0);
		quoted(line, area).append(',');
		quoted(line, source).append(',');
		quoted(line, indicator).append(',');
		quoted(line, sex).append(',');
		quoted(line, classif1).append(',');
		// classif2: none of these series has a second breakdown.
		line.append(',');
		quoted(line, time).append(',');
		if (withValue) {
			decimal(line, value);
		}
		line.append(',');
		quoted(line, status).append(',');
		quoted(line, (classif1 != null && classif1.endsWith("Y15-24")) ? "C6:1058" : null).append(',');
		quoted(line, "B".equals(status) ? "I11:264" : null).append(',');
		quoted(line, modelled ? null : ((status != null) ? "R1:3513_T2:85" : "R1:3513"));
		line.append('\n');
		this.out.append(line);
	}

	private static StringBuilder quoted(StringBuilder line, String value) {
		return (value != null) ? line.append('"').append(value).append('"') : line;
	}

	/** At most three decimals, trailing zeros dropped, as ILOSTAT writes its values. */
	private static void decimal(StringBuilder line, double value) {
		long thousandths = Math.round(value * 1000);
		if (thousandths < 0) {
			line.append('-');
			thousandths = -thousandths;
		}
		line.append(thousandths / 1000);
		long fraction = thousandths % 1000;
		if (fraction != 0) {
			line.append('.');
			if (fraction < 100) {
				line.append('0');
			}
			if (fraction < 10) {
				line.append('0');
			}
			while (fraction % 10 == 0) {
				fraction /= 10;
			}
			line.append(fraction);
		}
	}

	private static List<String> memberStates() {
		List<String> members = new ArrayList<>();
		for (String[] fields : csv("reference/ilo-member-states.csv")) {
			members.add(fields[0]);
		}
		return members;
	}

	private static List<Series> series() {
		List<String> ids = new ArrayList<>();
		for (String[] fields : csv("reference/indicator-series.csv")) {
			ids.add(fields[0]);
		}
		ids.addAll(EXTRA_SERIES);
		ids.addAll(SERIES_OUTSIDE_CATALOGUE);
		return ids.stream().distinct().map(IlostatBulkFileGenerator::describe).toList();
	}

	/** The sexes, breakdown and value range of a series, read from its id as ILOSTAT builds them. */
	private static Series describe(String id) {
		boolean bySex = id.contains("_SEX_");
		Breakdown breakdown = NONE;
		if (id.contains("871")) {
			breakdown = CHILD_AGE;
		}
		else if (id.contains("_AGE_")) {
			breakdown = YOUTH_ADULT;
		}
		else if (id.contains("_OCU_")) {
			breakdown = OCCUPATION;
		}
		else if (id.contains("_ECO_")) {
			breakdown = ACTIVITY;
		}
		else if (id.contains("_SOC_")) {
			breakdown = CONTINGENCY;
		}
		else if (id.contains("_MIG_")) {
			breakdown = MIGRANT_STATUS;
		}
		return switch (id) {
			case "SDG_0111_SEX_AGE_RT" -> new Series(id, bySex, breakdown, 0.1, 60, 0, 100);
			case "SDG_0131_SEX_SOC_RT" -> new Series(id, bySex, breakdown, 5, 100, 0, 100);
			case "SDG_0831_SEX_ECO_RT" -> new Series(id, bySex, breakdown, 10, 95, 0, 100);
			case "EAR_GGAP_OCU_RT" -> new Series(id, bySex, breakdown, -5, 35, -100, 100);
			case "SDG_0852_SEX_AGE_RT", "UNE_DEAP_SEX_AGE_RT" -> new Series(id, bySex, breakdown, 1, 25, 0, 100);
			case "SDG_0861_SEX_RT" -> new Series(id, bySex, breakdown, 5, 40, 0, 100);
			case "SDG_0871_SEX_AGE_RT", "SDG_A871_SEX_AGE_RT", "SDG_B871_SEX_AGE_RT" ->
				new Series(id, bySex, breakdown, 0.5, 40, 0, 100);
			case "SDG_F881_SEX_MIG_RT" -> new Series(id, bySex, breakdown, 0.3, 20, 0, 1_000);
			case "SDG_N881_SEX_MIG_RT" -> new Series(id, bySex, breakdown, 50, 3_000, 0, 100_000);
			case "SDG_0882_NOC_RT" -> new Series(id, bySex, breakdown, 0, 10, 0, 10);
			case "SDG_1041_NOC_RT" -> new Series(id, bySex, breakdown, 30, 65, 0, 100);
			case "SDG_0851_SEX_OCU_NB" -> new Series(id, bySex, breakdown, 0.5, 2_000, 0, 1_000_000);
			case "EAP_DWAP_SEX_AGE_RT" -> new Series(id, bySex, breakdown, 40, 85, 0, 100);
			default -> new Series(id, bySex, breakdown, 0, 100, 0, 100);
		};
	}

	/** The data rows of a reference file, split on commas: only for leading columns that hold no quoted comma. */
	private static List<String[]> csv(String resource) {
		InputStream in = IlostatBulkFileGenerator.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " is not on the classpath");
		}
		List<String[]> rows = new ArrayList<>();
		try (in) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
			boolean header = true;
			for (String text : lines) {
				if (text.isBlank() || text.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(text.split(",", 3));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** A series: its id, whether it is given by sex, its breakdown and the range of its total's value. */
	private record Series(String indicator, boolean bySex, Breakdown breakdown, double low, double high, double min,
			double max) {

		double clamp(double value) {
			return Math.max(this.min, Math.min(this.max, value));
		}

	}

	/** The classif1 codes of a series, the total first, and how each moves the value from the total. */
	private record Breakdown(String[] codes, double[] factors) {
	}

}
