package org.ilo.coalition.api.report;

import java.util.List;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.report.GapReport.GapRequest;
import org.ilo.coalition.graph.country.IloRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code Query.gapReport}: the same report as {@link GapReportDefinition}'s CSV and JSON. */
@Controller
public class GapReportController {

	private final GapReports reports;

	private final GapArguments arguments;

	public GapReportController(GapReports reports, GapArguments arguments) {
		this.reports = reports;
		this.arguments = arguments;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('COORDINATION_GROUP', 'SECRETARIAT')")
	public GapReports.Gaps gapReport(@Argument @Nullable GapFilterInput filter) {
		GapFilterInput f = filter == null ? new GapFilterInput(null, null, null) : filter;
		return this.reports.gaps(
				this.arguments.query(GapArguments.Names.GRAPHQL, f.regions(), f.countries(), f.thematicAreas()));
	}

	@SchemaMapping(typeName = "GapReport")
	public Connection<GapRequest> requests(GapReports.Gaps gaps, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		return this.reports.page(gaps.requests(), PageArguments.first(first, 50),
				PageArguments.after(GapReports.ORDERING, after));
	}

	/** The {@code GapFilter} input of the schema. */
	public record GapFilterInput(List<IloRegion> regions, List<String> countries, List<String> thematicAreas) {
	}

}
