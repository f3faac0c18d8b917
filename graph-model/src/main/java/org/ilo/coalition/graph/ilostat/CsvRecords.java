package org.ilo.coalition.graph.ilostat;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into RFC 4180 records, one at a time: comma separated, fields optionally in double quotes
 * with {@code ""} for a quote, commas and line breaks allowed inside quotes, CRLF, LF or CR line ends. The fields of
 * the current record are copied, unquoted, into one reused array; nothing else is allocated per record, so that a file
 * of any size streams through a fixed amount of memory.
 *
 * <p>
 * Physical lines are counted (including those inside quoted fields) so that errors name the line where a record
 * starts. Empty lines are skipped. A byte order mark at the start is dropped.
 */
final class CsvRecords implements Closeable {

	/** Longer records are refused, so that an unclosed quote cannot pull the rest of a file into memory. */
	static final int MAX_RECORD_CHARS = 1 << 20;

	private static final int MAX_POOLED_CHARS = 256;

	private static final int POOL_SIZE = 4096;

	private final Reader reader;

	private final char[] buffer;

	private int position;

	private int limit;

	private boolean started;

	private long nextLine = 1;

	/** The current record's fields, unquoted and one after another. */
	private char[] chars = new char[512];

	private int length;

	/** Where each field of the current record ends in {@link #chars}. */
	private int[] ends = new int[32];

	private int count;

	private long line;

	private String[] names;

	/** Repeated values (codes, mostly) share one String; see {@link #pooled}. */
	private final String[] pool = new String[POOL_SIZE];

	private int pooledCount;

	CsvRecords(Reader reader) {
		this(reader, 1 << 16);
	}

	/** With a buffer of {@code bufferSize} characters: tests use tiny ones to put every boundary everywhere. */
	CsvRecords(Reader reader, int bufferSize) {
		this.reader = reader;
		this.buffer = new char[bufferSize];
	}

	/** The header's column names, used from now on to name the column of a syntax error. */
	void names(String[] names) {
		this.names = names;
	}

	/** The physical line where the current record starts. */
	long line() {
		return this.line;
	}

	/** The number of fields of the current record. */
	int count() {
		return this.count;
	}

	char[] chars() {
		return this.chars;
	}

	int start(int field) {
		return (field == 0) ? 0 : this.ends[field - 1];
	}

	int end(int field) {
		return this.ends[field];
	}

	boolean isEmpty(int field) {
		return start(field) == this.ends[field];
	}

	/** The field's text, or null if it is empty. */
	String text(int field) {
		int start = start(field);
		int end = this.ends[field];
		return (start == end) ? null : new String(this.chars, start, end - start);
	}

	/**
	 * The field's text, or null if it is empty; a value seen before is returned as the same String. Most columns of
	 * an observation file repeat a few codes on every row, and rows kept by a caller then share them.
	 */
	String pooled(int field) {
		int start = start(field);
		int end = this.ends[field];
		int length = end - start;
		if (length == 0) {
			return null;
		}
		if (length > MAX_POOLED_CHARS) {
			return new String(this.chars, start, length);
		}
		int hash = 0;
		for (int i = start; i < end; i++) {
			hash = 31 * hash + this.chars[i];
		}
		int mask = POOL_SIZE - 1;
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (true) {
			String candidate = this.pool[slot];
			if (candidate == null) {
				String value = new String(this.chars, start, length);
				// Half full is enough: a column of ever new values (a free text) must not make probing slow.
				if (this.pooledCount < POOL_SIZE / 2) {
					this.pool[slot] = value;
					this.pooledCount++;
				}
				return value;
			}
			if (candidate.length() == length && sameChars(candidate, start)) {
				return candidate;
			}
			slot = (slot + 1) & mask;
		}
	}

	/** All fields as strings, empty ones as "" (for the header). */
	String[] values() {
		String[] values = new String[this.count];
		for (int i = 0; i < this.count; i++) {
			values[i] = new String(this.chars, start(i), this.ends[i] - start(i));
		}
		return values;
	}

	/**
	 * Reads the next non-empty record.
	 * @return false at the end of the input
	 * @throws ImportFileException for a quote in the wrong place, an unclosed quote or an overlong record
	 */
	boolean next() throws IOException {
		while (readRecord()) {
			if (this.count > 1 || this.length > 0) {
				return true;
			}
		}
		return false;
	}

	private boolean readRecord() throws IOException {
		if (this.position >= this.limit && !fill()) {
			return false;
		}
		this.line = this.nextLine;
		this.length = 0;
		this.count = 0;
		while (true) {
			if (this.position >= this.limit && !fill()) {
				endField();
				return true;
			}
			if (this.buffer[this.position] == '"') {
				this.position++;
				readQuoted();
				if (this.position >= this.limit && !fill()) {
					endField();
					return true;
				}
				char c = this.buffer[this.position];
				if (c == ',') {
					this.position++;
					endField();
					continue;
				}
				if (c == '\n' || c == '\r') {
					endLine(c);
					endField();
					return true;
				}
				throw syntax("text after the closing quote of a quoted value; a quote inside a value is written \"\"");
			}
			char c = readUnquoted();
			if (c == ',') {
				this.position++;
				endField();
				continue;
			}
			if (c == '"') {
				throw syntax("a quote inside an unquoted value; quote the whole value and write the quote as \"\"");
			}
			if (c != 0) {
				endLine(c);
			}
			endField();
			return true;
		}
	}

	/** Copies an unquoted value; returns the character that ends it (not consumed), or 0 at the end of input. */
	private char readUnquoted() throws IOException {
		while (true) {
			char[] buffer = this.buffer;
			int limit = this.limit;
			int start = this.position;
			int i = start;
			while (i < limit) {
				char c = buffer[i];
				if (c == ',' || c == '\n' || c == '\r' || c == '"') {
					append(start, i);
					this.position = i;
					return c;
				}
				i++;
			}
			append(start, limit);
			this.position = limit;
			if (!fill()) {
				return 0;
			}
		}
	}

	/** Copies a quoted value, after its opening quote, up to and including its closing quote. */
	private void readQuoted() throws IOException {
		while (true) {
			if (this.position >= this.limit && !fill()) {
				throw syntax("a quoted value is not closed before the end of the file");
			}
			char[] buffer = this.buffer;
			int limit = this.limit;
			int start = this.position;
			int i = start;
			while (i < limit) {
				char c = buffer[i];
				if (c == '"' || c == '\n' || c == '\r') {
					break;
				}
				i++;
			}
			append(start, i);
			this.position = i;
			if (i == limit) {
				continue;
			}
			char c = buffer[i];
			this.position++;
			if (c == '"') {
				if (this.position >= this.limit && !fill()) {
					return;
				}
				if (this.buffer[this.position] != '"') {
					return;
				}
				appendChar('"');
				this.position++;
			}
			else {
				// A line break inside the value: kept as written, and counted.
				appendChar(c);
				if (c == '\r') {
					if (this.position >= this.limit && !fill()) {
						throw syntax("a quoted value is not closed before the end of the file");
					}
					if (this.buffer[this.position] == '\n') {
						appendChar('\n');
						this.position++;
					}
				}
				this.nextLine++;
			}
		}
	}

	/** Consumes the line end that starts with {@code c} (CRLF, LF or CR). */
	private void endLine(char c) throws IOException {
		this.position++;
		this.nextLine++;
		if (c == '\r' && (this.position < this.limit || fill()) && this.buffer[this.position] == '\n') {
			this.position++;
		}
	}

	private void endField() {
		if (this.count == this.ends.length) {
			int[] grown = new int[this.count * 2];
			System.arraycopy(this.ends, 0, grown, 0, this.count);
			this.ends = grown;
		}
		this.ends[this.count++] = this.length;
	}

	private void append(int from, int to) {
		int n = to - from;
		if (n == 0) {
			return;
		}
		ensure(n);
		System.arraycopy(this.buffer, from, this.chars, this.length, n);
		this.length += n;
	}

	private void appendChar(char c) {
		ensure(1);
		this.chars[this.length++] = c;
	}

	private void ensure(int more) {
		int needed = this.length + more;
		if (needed <= this.chars.length) {
			return;
		}
		if (needed > MAX_RECORD_CHARS) {
			throw syntax("the record is longer than " + MAX_RECORD_CHARS + " characters; is a quote left open?");
		}
		char[] grown = new char[Math.min(MAX_RECORD_CHARS, Math.max(needed, this.chars.length * 2))];
		System.arraycopy(this.chars, 0, grown, 0, this.length);
		this.chars = grown;
	}

	private boolean fill() throws IOException {
		int read = this.reader.read(this.buffer, 0, this.buffer.length);
		if (read <= 0) {
			this.position = 0;
			this.limit = 0;
			return false;
		}
		this.position = 0;
		this.limit = read;
		if (!this.started) {
			this.started = true;
			// A byte order mark would otherwise become part of the first column's name.
			if (this.buffer[0] == '\uFEFF') {
				this.position = 1;
				return read > 1 || fill();
			}
		}
		return true;
	}

	private boolean sameChars(String candidate, int start) {
		for (int i = 0; i < candidate.length(); i++) {
			if (candidate.charAt(i) != this.chars[start + i]) {
				return false;
			}
		}
		return true;
	}

	private ImportFileException syntax(String problem) {
		String column = (this.names != null && this.count < this.names.length) ? this.names[this.count] : null;
		return new ImportFileException(this.line, column, problem);
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
