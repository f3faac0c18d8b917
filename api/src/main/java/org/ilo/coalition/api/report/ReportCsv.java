package org.ilo.coalition.api.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of the reports (docs/reports.md): RFC 4180 (comma separated, CRLF line ends, a field with a
 * comma, quote or line break in double quotes with quotes doubled), UTF-8 with a byte-order mark so that spreadsheet
 * programs read it as UTF-8. Numbers are plain decimals with a dot, the shortest that reads back as the same double;
 * a missing value is an empty field.
 */
public final class ReportCsv {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final StringBuilder text = new StringBuilder();

	private final int columns;

	/** A CSV that starts with {@code header}. */
	public ReportCsv(List<String> header) {
		this.columns = header.size();
		append(header);
	}

	/** Adds a line of {@code fields}, as many as the header has; {@code null} is an empty field. */
	public ReportCsv line(List<?> fields) {
		if (fields.size() != this.columns) {
			throw new IllegalArgumentException("A line of " + fields.size() + " fields under a header of " + this.columns);
		}
		append(fields);
		return this;
	}

	/** The file: the byte-order mark, then the lines in UTF-8. */
	public byte[] bytes() {
		byte[] content = this.text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + content.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(content, 0, bytes, BOM.length, content.length);
		return bytes;
	}

	private void append(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(field(text(fields.get(i))));
		}
		this.text.append("\r\n");
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float) {
			return number(((Number) value).doubleValue());
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value.toString();
	}

	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/** The shortest plain decimal that reads back as {@code value}, or empty for {@code null}. */
	public static String number(Double value) {
		return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
