package org.ilo.coalition.api.report;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.CoverageDimension;
import org.ilo.coalition.graph.report.CoverageReport;
import org.ilo.coalition.graph.report.CoverageReports;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code Query.coverageReport}: the same report as CSV and JSON of {@link CoverageReportDefinition}. */
@Controller
public class CoverageReportController {

	private final CoverageReports reports;

	private final CoverageArguments arguments;

	public CoverageReportController(CoverageReports reports, CoverageArguments arguments) {
		this.reports = reports;
		this.arguments = arguments;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('COORDINATION_GROUP', 'SECRETARIAT')")
	public CoverageReport coverageReport(@Argument @Nullable CoverageFilterInput filter,
			@Argument List<CoverageDimension> groupBy, @Argument @Nullable PeriodInput period) {
		CoverageFilterInput f = filter == null ? new CoverageFilterInput(null, null, null, null, null) : filter;
		return this.reports.coverage(this.arguments.query(CoverageArguments.Names.GRAPHQL, f.regions(), f.countries(),
				f.thematicAreas(), f.programmes(), f.partnerKinds(), period == null ? null : period.from(),
				period == null ? null : period.to(), groupBy));
	}

	/** The {@code CoverageFilter} input of the schema. */
	public record CoverageFilterInput(List<IloRegion> regions, List<String> countries, List<String> thematicAreas,
			List<String> programmes, List<PartnerKind> partnerKinds) {
	}

	/** The {@code PeriodInput} input of the schema. */
	public record PeriodInput(LocalDate from, LocalDate to) {
	}

}
