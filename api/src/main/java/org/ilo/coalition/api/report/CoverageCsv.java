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
 * A coverage report as CSV ({@link ReportCsv}: RFC 4180, UTF-8 with a byte-order mark). One line per group and unit;
 * the columns are in docs/reports.md. A share without a requested amount is empty.
 */
final class CoverageCsv {

	static final List<String> FIGURES = List.of("requests", "matched_requests", "confirmed_requests",
			"delivered_requests", "severity_weighted_coverage", "unit", "unit_requests", "requested", "matched",
			"confirmed", "delivered", "matched_share", "confirmed_share", "delivered_share");

	private CoverageCsv() {
	}

	static byte[] write(CoverageReport report) {
		ReportCsv csv = new ReportCsv();
		List<String> header = new ArrayList<>();
		for (CoverageDimension dimension : report.groupBy()) {
			String column = dimension.name().toLowerCase(Locale.ROOT);
			header.add(column);
			header.add(column + "_name");
		}
		header.addAll(FIGURES);
		csv.line(header);
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
				fields.add(ReportCsv.number(row.severityWeightedCoverage()));
				fields.add(amount.unit());
				fields.add(Integer.toString(amount.requests()));
				fields.add(ReportCsv.number(amount.requested()));
				fields.add(ReportCsv.number(amount.matched()));
				fields.add(ReportCsv.number(amount.confirmed()));
				fields.add(ReportCsv.number(amount.delivered()));
				fields.add(ReportCsv.number(amount.matchedShare()));
				fields.add(ReportCsv.number(amount.confirmedShare()));
				fields.add(ReportCsv.number(amount.deliveredShare()));
				csv.line(fields);
			}
		}
		return csv.bytes();
	}

}
