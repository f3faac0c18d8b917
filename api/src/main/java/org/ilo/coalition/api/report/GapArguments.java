package org.ilo.coalition.api.report;

import java.util.List;

import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.report.GapQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks the gaps report's filter, whether it came as GraphQL arguments or as the CSV and JSON URLs' parameters, with
 * the coverage report's rules ({@link CoverageArguments#distinct}): an unknown code is a BAD_REQUEST naming the
 * argument as the caller spelled it.
 */
@Component
public class GapArguments {

	private final ReferenceArguments references;

	public GapArguments(ReferenceArguments references) {
		this.references = references;
	}

	GapQuery query(Names names, @Nullable List<IloRegion> regions, @Nullable List<String> countries,
			@Nullable List<String> thematicAreas) {
		return new GapQuery(CoverageArguments.distinct(names.regions(), regions, (a, r) -> r.name()),
				CoverageArguments.distinct(names.countries(), countries, this.references::country),
				CoverageArguments.distinct(names.thematicAreas(), thematicAreas, this.references::thematicArea));
	}

	/** Regions named by text, as in a URL: an unknown one is a BAD_REQUEST naming {@code names.regions()}. */
	static @Nullable List<IloRegion> regions(Names names, @Nullable List<String> regions) {
		return regions == null ? null
				: regions.stream().map((r) -> ReportParameters.parse(names.regions(), r, IloRegion.class)).toList();
	}

	/** How the caller names each argument. */
	record Names(String regions, String countries, String thematicAreas) {

		/** The GraphQL field's arguments. */
		static final Names GRAPHQL = new Names("filter.regions", "filter.countries", "filter.thematicAreas");

		/** The CSV and JSON URLs' query parameters. */
		static final Names URL = new Names("region", "country", "thematicArea");

	}

}
