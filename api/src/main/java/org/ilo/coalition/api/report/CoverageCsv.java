package org.ilo.coalition.api.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ilo.coalition.graph.report.CoverageDimension;
import org.ilo.coalition.graph.report.CoverageReport;
import org.ilo.coalition.graph.report.CoverageReport.AmountByUnit;
import org.ilo.coalition.graph.report.CoverageReport.CoverageRow;
import org.ilo.coalition.graph.report.CoverageReport.GroupKey;

/**
 * A coverage report as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes, quotes doubled), UTF-8 with a byte-order mark so that spreadsheet programs read it as UTF-8. One line
 * per group and unit; the columns are in docs/reports.md. Numbers are plain decimals with a dot (the shortest that
 * reads back as the same double); a share without a requested amount is empty.
 */
final class CoverageCsv {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	static final List<String> FIGURES = List.of("requests", "matched_requests", "confirmed_requests",
			"delivered_requests", "severity_weighted_coverage", "unit", "unit_requests", "requested", "matched",
			"confirmed", "delivered", "matched_share", "confirmed_share", "delivered_share");

	private CoverageCsv() {
	}

	static byte[] write(CoverageReport report) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>();
		for (CoverageDimension dimension : report.groupBy()) {
			String column = dimension.name().toLowerCase(Locale.ROOT);
			header.add(column);
			header.add(column + "_name");
		}
		header.addAll(FIGURES);
		line(csv, header);
		for (CoverageRow row : report.rows()) {
			for (AmountByUnit amount : row.amounts()) {
				List<String> fields = new ArrayList<>();
				for (GroupKey key : row.keys()) {
					fields.add(key.code());
					fields.add(key.name());
				}
				fields.add(Integer.toString(row.requests()));
				fields.add(Integer.toString(row.matched()));
				fields.add(Integer.toString(row.confirmed()));
				fields.add(Integer.toString(row.delivered()));
				fields.add(number(row.severityWeightedCoverage()));
				fields.add(amount.unit());
				fields.add(Integer.toString(amount.requests()));
				fields.add(number(amount.requested()));
				fields.add(number(amount.matched()));
				fields.add(number(amount.confirmed()));
				fields.add(number(amount.delivered()));
				fields.add(number(amount.matchedShare()));
				fields.add(number(amount.confirmedShare()));
				fields.add(number(amount.deliveredShare()));
				line(csv, fields);
			}
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(text, 0, bytes, BOM.length, text.length);
		return bytes;
	}

	private static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
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
