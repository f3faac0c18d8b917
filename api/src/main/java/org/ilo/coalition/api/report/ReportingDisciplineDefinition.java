package org.ilo.coalition.api.report;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.discipline.ReportingDiscipline;
import org.ilo.coalition.graph.discipline.ReportingLight;
import org.ilo.coalition.graph.discipline.ReportingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reporting discipline at {@code /reports/reporting-discipline.csv} and {@code .json}: every match in scope with the
 * light asked for (all when none), not a page, most overdue first; the counts per light over the scope.
 */
@Component
public class ReportingDisciplineDefinition implements ReportDefinition<ReportingDisciplineDefinition.Export> {

	/** The whole list: what a spreadsheet or a Governing Body annex wants. */
	public record Export(@Nullable ReportingLight light, @Nullable String country, @Nullable String partner, long green,
			long amber, long red, List<Row> matches) {
	}

	/** One match's light; {@code match} and {@code partner} are the API's global ids. */
	public record Row(String match, ReportingLight light, @Nullable OffsetDateTime lastReportedAt, long daysSinceReport,
			String country, String partner, String partnerName) {
	}

	private final ReportingDiscipline discipline;

	private final ReferenceArguments references;

	public ReportingDisciplineDefinition(ReportingDiscipline discipline, ReferenceArguments references) {
		this.discipline = discipline;
		this.references = references;
	}

	@Override
	public String name() {
		return "reporting-discipline";
	}

	@Override
	public Set<String> parameters() {
		return Set.of("light", "country", "partner");
	}

	@Override
	public boolean isPublic() {
		return false;
	}

	@Override
	public Class<Export> type() {
		return Export.class;
	}

	@Override
	public Export compute(ReportParameters parameters) {
		ReportingLight light = parameters.enumValue("light", ReportingLight.class);
		String country = this.references.country("country", parameters.single("country"));
		String partner = parameters.single("partner");
		String partnerKey = partner == null ? null : GlobalId.keyOf("partner", "Partner", partner);
		ReportingDiscipline.Report report = this.discipline.report(light, country, partnerKey, Integer.MAX_VALUE - 1,
				null, null);
		List<Row> rows = report.page().items().stream().map(ReportingDisciplineDefinition::row).toList();
		return new Export(light, country, partner, report.counts().get(ReportingLight.GREEN),
				report.counts().get(ReportingLight.AMBER), report.counts().get(ReportingLight.RED), rows);
	}

	private static Row row(ReportingStatus status) {
		return new Row(GlobalId.of("MatchSuggestion", status.matchId()), status.light(), status.lastReportedAt(),
				status.daysSinceReport(), status.country(), GlobalId.of("Partner", status.partnerId()),
				status.partnerName());
	}

	@Override
	public byte[] csv(Export report, ReportParameters parameters) {
		ReportCsv csv = new ReportCsv(List.of("match", "light", "last_reported_at", "days_since_report", "country",
				"partner", "partner_name"));
		for (Row row : report.matches()) {
			csv.line(Arrays.asList(row.match(), row.light(),
					row.lastReportedAt() == null ? null : row.lastReportedAt().toInstant().toString(),
					row.daysSinceReport(), row.country(), row.partner(), row.partnerName()));
		}
		return csv.bytes();
	}

}
