package org.ilo.coalition.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ilo.coalition.graph.report.CoverageDimension;
import org.ilo.coalition.graph.report.CoverageReport;
import org.ilo.coalition.graph.report.CoverageReport.AmountByUnit;
import org.ilo.coalition.graph.report.CoverageReport.CoverageRow;
import org.ilo.coalition.graph.report.CoverageReport.GroupKey;

/**
 * A coverage report as CSV through {@link ReportCsv}: one line per group and unit; the columns are in
 * docs/reports.md. A share without a requested amount is empty.
 */
final class CoverageCsv {

	static final List<String> FIGURES = List.of("requests", "matched_requests", "confirmed_requests",
			"delivered_requests", "severity_weighted_coverage", "unit", "unit_requests", "requested", "matched",
			"confirmed", "delivered", "matched_share", "confirmed_share", "delivered_share");

	private CoverageCsv() {
	}

	static byte[] write(CoverageReport report) {
		List<String> header = new ArrayList<>();
		for (CoverageDimension dimension : report.groupBy()) {
			String column = dimension.name().toLowerCase(Locale.ROOT);
			header.add(column);
			header.add(column + "_name");
		}
		header.addAll(FIGURES);
		ReportCsv csv = new ReportCsv(header);
		for (CoverageRow row : report.rows()) {
			for (AmountByUnit amount : row.amounts()) {
				List<Object> fields = new ArrayList<>();
				for (GroupKey key : row.keys()) {
					fields.add(key.code());
					fields.add(key.name());
				}
				fields.addAll(List.of(row.requests(), row.matched(), row.confirmed(), row.delivered()));
				fields.add(row.severityWeightedCoverage());
				fields.add(amount.unit());
				fields.add(amount.requests());
				fields.add(amount.requested());
				fields.add(amount.matched());
				fields.add(amount.confirmed());
				fields.add(amount.delivered());
				fields.add(amount.matchedShare());
				fields.add(amount.confirmedShare());
				fields.add(amount.deliveredShare());
				csv.line(fields);
			}
		}
		return csv.bytes();
	}

}
