package org.ilo.coalition.graph.ilostat;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads an observation file row by row, checking each row as it goes: ILOSTAT bulk download files, SDMX-CSV from
 * ILOSTAT's SDMX API, or the platform's own snapshot ({@link FileFormat}). Parsing and validation only: nothing is
 * written anywhere, and rows come back unfiltered.
 *
 * <p>
 * The file is never held in memory: it is decompressed, decoded and split through fixed buffers, and one
 * {@link ObservationRow} is built per call to {@link #next()}. The first bad row stops the import with an
 * {@link ImportFileException} naming its line and column; the reader cannot go on past it.
 *
 * <p>
 * What the layouts look like, as found in public copies of ILOSTAT output (none was fetched live); the details and
 * sources are in {@code docs/ilostat-formats.md}:
 * <ul>
 * <li>ILOSTAT bulk CSV: {@code ref_area, source, indicator, sex, classif1, classif2, time, obs_value, obs_status,
 * note_classif, note_indicator, note_source}, breakdown columns left out where a dataset has none, {@code .label}
 * columns in some files (column order from dbescond/ilostat.py; rows as ILOSTAT's rplumber service writes them in the
 * fixtures of cyanheads/ilostat-mcp-server). Every string quoted; {@code time} {@code 2023}, {@code 2023Q1},
 * {@code 2023M01} (ilostat/Rilostat); {@code source} a code such as {@code BA:453}.</li>
 * <li>SDMX-CSV 1.0 as {@code https://sdmx.ilo.org/rest/data/ILO,DF_<indicator>,<version>/<key>} returns it (probes kept
 * by cyanheads/ilostat-mcp-server): {@code DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,<classification dimensions>,}
 * {@code TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE_TYPE,UNIT_MEASURE,UNIT_MULT,SOURCE,NOTE_SOURCE,}
 * {@code NOTE_INDICATOR,NOTE_CLASSIF,DECIMALS,UPPER_BOUND,LOWER_BOUND}. The classification dimensions ({@code AGE},
 * {@code INS, DSB}, {@code DCL}, ...) carry the bulk files' codes ({@code AGE_YTHADULT_YGE15}) and become classif1 and
 * classif2 in header order. {@code MEASURE} ({@code UNE_DEAP_RT}) drops the breakdowns, so the series is the
 * {@code INDICATOR} column if any, else the dataflow id without agency, version and {@code DF_}
 * ({@code ILO:DF_UNE_DEAP_SEX_AGE_RT(1.0)} gives {@code UNE_DEAP_SEX_AGE_RT}). {@code SOURCE} is a label there
 * ({@code LFS - Labour Force Survey}). Periods {@code 2022-Q1} and {@code 2022-M01} (mrakelinggar/ilostat-mcp's
 * notes), and SDMX's {@code 2022-01}. SDMX-CSV 2.0 puts {@code STRUCTURE, STRUCTURE_ID, ACTION} first
 * (sdmx-twg/sdmx-csv); rows that delete are refused.</li>
 * <li>The platform snapshot, {@code ref_area,indicator,sdg,sex,time,obs_value,unit,source}: no breakdowns, no status,
 * {@code source} a provenance text with commas, CRLF line ends.</li>
 * </ul>
 */
public final class ObservationFileReader implements Closeable {

	/** The earliest year accepted; ILOSTAT's series start well after it. */
	static final int MIN_YEAR = 1900;

	/** The latest {@code maxYear} that can be asked for: a period's year has four digits. */
	static final int MAX_YEAR = 9999;

	private static final int GZIP_MAGIC_1 = 0x1f;

	private static final int GZIP_MAGIC_2 = 0x8b;

	private static final int MAX_QUOTED_CHARS = 60;

	private final CsvRecords records;

	private final Layout layout;

	private final int maxYear;

	/** One instance per period from {@link #MIN_YEAR} to {@link #maxYear}, built when first seen. */
	private final Period[] periods;

	private long rowsRead;

	private boolean finished;

	private boolean failed;

	/** The last dataflow id read and the series it names: files hold one or a few dataflows. */
	private char[] lastDataflow = new char[0];

	private String lastDataflowSeries;

	private ObservationFileReader(CsvRecords records, Layout layout, int maxYear) {
		this.records = records;
		this.layout = layout;
		this.maxYear = maxYear;
		this.periods = new Period[(maxYear - MIN_YEAR + 1) * Period.PER_YEAR];
	}

	/**
	 * Opens a stream: detects gzip by its magic bytes (not by file name), decodes UTF-8 (refusing malformed bytes),
	 * drops a byte order mark, reads the header and detects the format. The reader owns the stream from now on; it is
	 * closed by {@link #close()}, or here if opening fails.
	 * @param maxYear the latest year accepted (callers pass the current year + 1)
	 * @throws ImportFileException at line 1 for an empty file or a header that fits no layout
	 */
	public static ObservationFileReader open(InputStream in, int maxYear) {
		Objects.requireNonNull(in, "in");
		if (maxYear < MIN_YEAR || maxYear > MAX_YEAR) {
			throw new IllegalArgumentException("maxYear " + maxYear + " is not between " + MIN_YEAR + " and " + MAX_YEAR);
		}
		try {
			InputStreamReader reader = new InputStreamReader(decompressed(in),
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT));
			CsvRecords records = new CsvRecords(reader);
			if (!records.next()) {
				throw new ImportFileException(1, null, "the file is empty; expected a header line");
			}
			String[] names = records.values();
			Layout layout = Layout.detect(names);
			records.names(names);
			return new ObservationFileReader(records, layout, maxYear);
		}
		catch (IOException ex) {
			closeQuietly(in);
			throw unreadable(1, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(in);
			throw ex;
		}
	}

	/** The layout the header was recognised as. */
	public FileFormat format() {
		return this.layout.format();
	}

	/**
	 * The next data row, or null at the end of the file.
	 * @throws ImportFileException naming the line and column of the first problem found; further calls then throw
	 * {@link IllegalStateException}
	 */
	public ObservationRow next() {
		if (this.failed) {
			throw new IllegalStateException("the reader stopped at an error in the file; it has no further rows");
		}
		if (this.finished) {
			return null;
		}
		try {
			if (!this.records.next()) {
				this.finished = true;
				return null;
			}
			ObservationRow row = row();
			this.rowsRead++;
			return row;
		}
		catch (IOException ex) {
			this.failed = true;
			throw unreadable(this.records.line(), ex);
		}
		catch (RuntimeException ex) {
			this.failed = true;
			throw ex;
		}
	}

	/** The data rows returned so far. */
	public long rowsRead() {
		return this.rowsRead;
	}

	@Override
	public void close() {
		try {
			this.records.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ObservationRow row() {
		Layout layout = this.layout;
		CsvRecords records = this.records;
		checkFieldCount();
		if (layout.action() >= 0) {
			checkAction();
		}
		if (layout.structure() >= 0) {
			checkStructure();
		}
		String refArea = required(layout.refArea());
		String series = layout.seriesFromDataflow() ? dataflowSeries() : required(layout.series());
		return new ObservationRow(records.line(), refArea, series, optional(layout.sex()),
				optional(layout.classif1()), optional(layout.classif2()), period(), value(),
				optional(layout.status()), optional(layout.source()));
	}

	private void checkFieldCount() {
		int count = this.records.count();
		String[] names = this.layout.names();
		if (count < names.length) {
			throw new ImportFileException(this.records.line(), names[count], "the record has " + count
					+ " fields but the header has " + names.length + "; it ends before column " + names[count]);
		}
		if (count > names.length) {
			throw new ImportFileException(this.records.line(), null, "the record has " + count
					+ " fields but the header has " + names.length + " (is a value with a comma not quoted?)");
		}
	}

	private String required(int column) {
		String value = this.records.pooled(column);
		if (value == null || value.isBlank()) {
			throw new ImportFileException(this.records.line(), name(column), "a value is required");
		}
		return value;
	}

	private String optional(int column) {
		return (column >= 0) ? this.records.pooled(column) : null;
	}

	/** SDMX-CSV's ACTION: the rows to import are information, appends and replacements, not deletions. */
	private void checkAction() {
		int column = this.layout.action();
		String action = this.records.pooled(column);
		if (action != null && !action.equals("I") && !action.equals("A") && !action.equals("R")) {
			throw new ImportFileException(this.records.line(), name(column), "action '" + quoted(action)
					+ "' cannot be imported; only I (information), A (append) and R (replace) rows carry observations");
		}
	}

	/**
	 * SDMX-CSV 2.0's kind of structure: a dataflow's or a data structure's id is the indicator's, a provision
	 * agreement's is not.
	 */
	private void checkStructure() {
		int column = this.layout.structure();
		String structure = this.records.pooled(column);
		if (!"dataflow".equals(structure) && !"datastructure".equals(structure)) {
			throw new ImportFileException(this.records.line(), name(column), "structure '"
					+ quoted(String.valueOf(structure)) + "' cannot be imported; only rows of a dataflow or datastructure "
					+ "name their indicator");
		}
	}

	/** The indicator id in a dataflow or structure id such as {@code ILO:DF_SDG_0852_SEX_AGE_RT(1.0)}. */
	private String dataflowSeries() {
		int column = this.layout.series();
		CsvRecords records = this.records;
		char[] chars = records.chars();
		int start = records.start(column);
		int end = records.end(column);
		if (sameAsLastDataflow(chars, start, end)) {
			return this.lastDataflowSeries;
		}
		int idStart = start;
		int idEnd = end;
		for (int i = start; i < end; i++) {
			if (chars[i] == ':') {
				idStart = i + 1;
			}
			else if (chars[i] == '(') {
				idEnd = i;
				break;
			}
		}
		if (idEnd - idStart > 3 && chars[idStart] == 'D' && chars[idStart + 1] == 'F' && chars[idStart + 2] == '_') {
			idStart += 3;
		}
		if (idEnd <= idStart) {
			throw new ImportFileException(records.line(), name(column), "'" + quoted(chars, start, end)
					+ "' names no dataflow; expected an id such as ILO:DF_SDG_0852_SEX_AGE_RT(1.0)");
		}
		this.lastDataflow = Arrays.copyOfRange(chars, start, end);
		this.lastDataflowSeries = new String(chars, idStart, idEnd - idStart);
		return this.lastDataflowSeries;
	}

	private boolean sameAsLastDataflow(char[] chars, int start, int end) {
		char[] last = this.lastDataflow;
		if (this.lastDataflowSeries == null || last.length != end - start) {
			return false;
		}
		for (int i = 0; i < last.length; i++) {
			if (last[i] != chars[start + i]) {
				return false;
			}
		}
		return true;
	}

	private Period period() {
		int column = this.layout.time();
		CsvRecords records = this.records;
		int start = records.start(column);
		int end = records.end(column);
		if (start == end) {
			throw new ImportFileException(records.line(), name(column), "a period is required");
		}
		int code;
		try {
			code = Period.decode(records.chars(), start, end);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportFileException(records.line(), name(column), ex.getMessage());
		}
		int year = code / Period.PER_YEAR;
		if (year < MIN_YEAR) {
			throw new ImportFileException(records.line(), name(column),
					"year " + year + " is before " + MIN_YEAR + ", the earliest year accepted");
		}
		if (year > this.maxYear) {
			throw new ImportFileException(records.line(), name(column),
					"year " + year + " is after " + this.maxYear + ", the latest year accepted");
		}
		int slot = code - MIN_YEAR * Period.PER_YEAR;
		Period period = this.periods[slot];
		if (period == null) {
			period = Period.of(code);
			this.periods[slot] = period;
		}
		return period;
	}

	/**
	 * The value, or null for an empty cell (ILOSTAT has rows with a status and no value). Only digits, a sign, a
	 * decimal point and an exponent are let through to {@link Double#parseDouble}, which would also accept
	 * {@code NaN}, {@code Infinity}, hexadecimal and a trailing {@code d} or {@code f}.
	 */
	private Double value() {
		int column = this.layout.value();
		CsvRecords records = this.records;
		char[] chars = records.chars();
		int start = records.start(column);
		int end = records.end(column);
		if (start == end) {
			return null;
		}
		boolean digit = false;
		for (int i = start; i < end; i++) {
			char c = chars[i];
			if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
				throw notANumber(chars, start, end);
			}
		}
		if (!digit) {
			throw notANumber(chars, start, end);
		}
		double value;
		try {
			value = Double.parseDouble(new String(chars, start, end - start));
		}
		catch (NumberFormatException ex) {
			throw notANumber(chars, start, end);
		}
		if (Double.isInfinite(value)) {
			throw new ImportFileException(records.line(), name(column),
					"'" + quoted(chars, start, end) + "' is too large for a number");
		}
		return value;
	}

	private ImportFileException notANumber(char[] chars, int start, int end) {
		return new ImportFileException(this.records.line(), name(this.layout.value()), "'" + quoted(chars, start, end)
				+ "' is not a number; expected digits with an optional sign, decimal point and exponent, "
				+ "such as 12.5 or -3e-2 (no thousands separators, no decimal comma), or an empty cell for no value");
	}

	private String name(int column) {
		return this.layout.names()[column];
	}

	private static String quoted(char[] chars, int start, int end) {
		return quoted(new String(chars, start, Math.min(end - start, MAX_QUOTED_CHARS + 1)));
	}

	/** A value for a message, cut short: a runaway field should not make a runaway message. */
	private static String quoted(String text) {
		return (text.length() > MAX_QUOTED_CHARS) ? text.substring(0, MAX_QUOTED_CHARS) + "..." : text;
	}

	/** The stream itself, or its decompression if its first two bytes are gzip's magic number. */
	private static InputStream decompressed(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
		buffered.mark(2);
		int first = buffered.read();
		int second = buffered.read();
		buffered.reset();
		if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
			return new GZIPInputStream(buffered, 1 << 16);
		}
		return buffered;
	}

	/** A stream that cannot be read as a file: broken compression or bytes that are not UTF-8. */
	private static RuntimeException unreadable(long line, IOException ex) {
		if (ex instanceof CharacterCodingException) {
			return new ImportFileException(line, null,
					"the file is not UTF-8 text (the bad bytes are at or after this line)", ex);
		}
		if (ex instanceof ZipException || ex instanceof EOFException) {
			return new ImportFileException(line, null,
					"the gzip stream is truncated or corrupt (at or after this line): " + ex.getMessage(), ex);
		}
		return new UncheckedIOException(ex);
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// Opening failed already; that failure is the one to report.
		}
	}

}
