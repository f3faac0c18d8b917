package org.ilo.coalition.api.report;

import java.util.List;
import java.util.Set;

import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.CoverageDimension;
import org.ilo.coalition.graph.report.CoverageReport;
import org.ilo.coalition.graph.report.CoverageReports;
import org.springframework.stereotype.Component;

/**
 * The coverage report at {@code /reports/coverage.csv} and {@code .json}: the GraphQL field's filters as URL
 * parameters (repeat one for several values: {@code groupBy=REGION&groupBy=THEMATIC_AREA}), the same service method.
 */
@Component
public class CoverageReportDefinition implements ReportDefinition<CoverageReport> {

	/** The CSV's URL. */
	public static final String CSV_PATH = "/reports/coverage.csv";

	/** The JSON's URL. */
	public static final String JSON_PATH = "/reports/coverage.json";

	private static final CoverageArguments.Names NAMES = CoverageArguments.Names.URL;

	private final CoverageReports reports;

	private final CoverageArguments arguments;

	public CoverageReportDefinition(CoverageReports reports, CoverageArguments arguments) {
		this.reports = reports;
		this.arguments = arguments;
	}

	@Override
	public String name() {
		return "coverage";
	}

	@Override
	public Set<String> parameters() {
		return Set.of(NAMES.groupBy(), NAMES.regions(), NAMES.countries(), NAMES.thematicAreas(), NAMES.programmes(),
				NAMES.partnerKinds(), NAMES.from(), NAMES.to());
	}

	@Override
	public boolean isPublic() {
		return false;
	}

	@Override
	public Class<CoverageReport> type() {
		return CoverageReport.class;
	}

	@Override
	public CoverageReport compute(ReportParameters parameters) {
		List<CoverageDimension> groupBy = parameters.enums(NAMES.groupBy(), CoverageDimension.class);
		return this.reports.coverage(this.arguments.query(NAMES, parameters.enums(NAMES.regions(), IloRegion.class),
				parameters.list(NAMES.countries()), parameters.list(NAMES.thematicAreas()),
				parameters.list(NAMES.programmes()), parameters.enums(NAMES.partnerKinds(), PartnerKind.class),
				parameters.day(NAMES.from()), parameters.day(NAMES.to()), groupBy));
	}

	@Override
	public byte[] csv(CoverageReport report, ReportParameters parameters) {
		return CoverageCsv.write(report);
	}

}
