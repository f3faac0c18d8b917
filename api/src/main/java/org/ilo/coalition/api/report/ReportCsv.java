package org.ilo.coalition.api.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The reports' CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes, quotes doubled), UTF-8 with a byte-order mark so that spreadsheet programs read it as UTF-8. Numbers are
 * plain decimals with a dot (the shortest that reads back as the same double); a missing number is empty.
 */
final class ReportCsv {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final StringBuilder text = new StringBuilder();

	/** Appends one record. */
	ReportCsv line(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(field(fields.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	/** The records written, as UTF-8 after the byte-order mark. */
	byte[] bytes() {
		byte[] utf8 = this.text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + utf8.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(utf8, 0, bytes, BOM.length, utf8.length);
		return bytes;
	}

	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	static String number(Double value) {
		return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
