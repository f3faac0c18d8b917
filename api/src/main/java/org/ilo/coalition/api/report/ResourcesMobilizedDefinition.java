package org.ilo.coalition.api.report;

import java.util.Set;

import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.ResourcesMobilized;
import org.ilo.coalition.graph.report.ResourcesMobilizedReport;
import org.springframework.stereotype.Component;

/**
 * The resources-mobilized report at {@code /reports/resources-mobilized.csv} and {@code .json}, public like the field
 * (aggregates only): the field's filter and period as URL parameters, the same service method.
 */
@Component
public class ResourcesMobilizedDefinition implements ReportDefinition<ResourcesMobilized> {

	/** The CSV's URL. */
	public static final String CSV_PATH = "/reports/resources-mobilized.csv";

	/** The JSON's URL. */
	public static final String JSON_PATH = "/reports/resources-mobilized.json";

	private static final CoverageArguments.Names NAMES = CoverageArguments.Names.URL;

	private final ResourcesMobilizedReport report;

	private final CoverageArguments arguments;

	public ResourcesMobilizedDefinition(ResourcesMobilizedReport report, CoverageArguments arguments) {
		this.report = report;
		this.arguments = arguments;
	}

	@Override
	public String name() {
		return "resources-mobilized";
	}

	@Override
	public Set<String> parameters() {
		return Set.of(NAMES.regions(), NAMES.countries(), NAMES.thematicAreas(), NAMES.partnerKinds(), NAMES.from(),
				NAMES.to());
	}

	@Override
	public boolean isPublic() {
		return true;
	}

	@Override
	public Class<ResourcesMobilized> type() {
		return ResourcesMobilized.class;
	}

	@Override
	public ResourcesMobilized compute(ReportParameters parameters) {
		return this.report.mobilized(this.arguments.mobilized(NAMES, parameters.enums(NAMES.regions(), IloRegion.class),
				parameters.list(NAMES.countries()), parameters.list(NAMES.thematicAreas()),
				parameters.enums(NAMES.partnerKinds(), PartnerKind.class), parameters.day(NAMES.from()),
				parameters.day(NAMES.to())));
	}

	@Override
	public byte[] csv(ResourcesMobilized report, ReportParameters parameters) {
		return ResourcesMobilizedCsv.write(report);
	}

}
