package org.ilo.coalition.api.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ilo.coalition.graph.report.ResourcesMobilized;
import org.ilo.coalition.graph.report.ResourcesMobilized.Mobilized;
import org.ilo.coalition.graph.report.ResourcesMobilized.PartnerKindMobilized;
import org.ilo.coalition.graph.report.ResourcesMobilized.TripartiteShare;
import org.ilo.coalition.graph.report.ResourcesMobilized.UnitMobilized;

/**
 * The resources-mobilized report as CSV ({@link ReportCsv}): one line per row of every breakdown, in the order
 * KIND, PARTNER_KIND, REGION, TOTAL, TRIPARTITE_SHARE, told apart by the {@code breakdown} column; the columns are in
 * docs/reports.md. A column that a breakdown does not have is empty.
 */
final class ResourcesMobilizedCsv {

	static final List<String> HEADER = List.of("breakdown", "key", "key_name", "tripartite", "unit", "confirmed",
			"delivered", "confirmed_matches", "delivered_matches", "confirmed_share", "delivered_share");

	/** The {@code key} of the TRIPARTITE_SHARE lines. */
	static final String TRIPARTITE = "TRIPARTITE";

	static final String TRIPARTITE_NAME = "Governments, employers' and workers' organizations";

	private ResourcesMobilizedCsv() {
	}

	static byte[] write(ResourcesMobilized report) {
		ReportCsv csv = new ReportCsv(HEADER);
		for (Mobilized row : report.byKind()) {
			csv.line(line("KIND", row.code(), row.name(), "", row.unit(), row.confirmed(), row.delivered(),
					row.confirmedMatches(), row.deliveredMatches(), null, null));
		}
		for (PartnerKindMobilized row : report.byPartnerKind()) {
			csv.line(line("PARTNER_KIND", row.code(), row.name(), Boolean.toString(row.tripartite()), row.unit(),
					row.confirmed(), row.delivered(), row.confirmedMatches(), row.deliveredMatches(), null, null));
		}
		for (Mobilized row : report.byRegion()) {
			csv.line(line("REGION", row.code(), row.name(), "", row.unit(), row.confirmed(), row.delivered(),
					row.confirmedMatches(), row.deliveredMatches(), null, null));
		}
		for (UnitMobilized row : report.total()) {
			csv.line(line("TOTAL", "", "", "", row.unit(), row.confirmed(), row.delivered(), row.confirmedMatches(),
					row.deliveredMatches(), null, null));
		}
		for (TripartiteShare row : report.tripartiteShare()) {
			csv.line(line("TRIPARTITE_SHARE", TRIPARTITE, TRIPARTITE_NAME, "true", row.unit(), row.confirmed(),
					row.delivered(), row.confirmedMatches(), row.deliveredMatches(), row.confirmedShare(),
					row.deliveredShare()));
		}
		return csv.bytes();
	}

	private static List<String> line(String breakdown, String key, String name, String tripartite, String unit,
			double confirmed, double delivered, int confirmedMatches, int deliveredMatches, Double confirmedShare,
			Double deliveredShare) {
		return new ArrayList<>(Arrays.asList(breakdown, key, name, tripartite, unit, ReportCsv.number(confirmed),
				ReportCsv.number(delivered), Integer.toString(confirmedMatches), Integer.toString(deliveredMatches),
				ReportCsv.number(confirmedShare), ReportCsv.number(deliveredShare)));
	}

}
