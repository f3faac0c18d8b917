package org.ilo.coalition.api.report;

import java.util.List;

import org.ilo.coalition.api.report.CoverageReportController.PeriodInput;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.ResourcesMobilized;
import org.ilo.coalition.graph.report.ResourcesMobilizedReport;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.resourcesMobilized}: the same report as {@link ResourcesMobilizedDefinition}'s CSV and JSON.
 * Public: aggregates by kind and region, without partners or requests (docs/security.md).
 */
@Controller
public class ResourcesMobilizedController {

	private final ResourcesMobilizedReport report;

	private final CoverageArguments arguments;

	public ResourcesMobilizedController(ResourcesMobilizedReport report, CoverageArguments arguments) {
		this.report = report;
		this.arguments = arguments;
	}

	@QueryMapping
	public ResourcesMobilized resourcesMobilized(@Argument @Nullable MobilizedFilterInput filter,
			@Argument @Nullable PeriodInput period) {
		MobilizedFilterInput f = filter == null ? new MobilizedFilterInput(null, null, null, null) : filter;
		return this.report.mobilized(this.arguments.mobilized(CoverageArguments.Names.GRAPHQL, f.regions(),
				f.countries(), f.thematicAreas(), f.partnerKinds(), period == null ? null : period.from(),
				period == null ? null : period.to()));
	}

	/** The {@code MobilizedFilter} input of the schema. */
	public record MobilizedFilterInput(List<IloRegion> regions, List<String> countries, List<String> thematicAreas,
			List<PartnerKind> partnerKinds) {
	}

}
