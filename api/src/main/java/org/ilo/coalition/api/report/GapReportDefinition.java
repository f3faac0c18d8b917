package org.ilo.coalition.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.report.GapReport.Amount;
import org.ilo.coalition.api.report.GapReport.Code;
import org.ilo.coalition.api.report.GapReport.GapRequest;
import org.ilo.coalition.api.report.GapReport.Group;
import org.ilo.coalition.graph.report.GapQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The gaps report at {@code /reports/gaps.csv} and {@code .json}, with the GraphQL field's filter as URL parameters
 * (repeat one for several values: {@code region=AFRICA&region=AMERICAS}) and the same service method. The JSON has
 * every gap request, not a page; the CSV one line per group and unit, or with {@code detail=requests} one line per
 * gap request (docs/reports.md, "Gaps").
 */
@Component
public class GapReportDefinition implements ReportDefinition<GapReports.Gaps> {

	/** The CSV's URL. */
	public static final String CSV_PATH = "/reports/gaps.csv";

	/** The JSON's URL. */
	public static final String JSON_PATH = "/reports/gaps.json";

	static final List<String> GROUP_COLUMNS = List.of("region", "region_name", "thematic_area", "thematic_area_name",
			"reason", "requests", "unit", "unit_requests", "amount");

	static final List<String> REQUEST_COLUMNS = List.of("request", "title", "country", "country_name", "region",
			"region_name", "thematic_areas", "kind", "unit", "requested", "amount", "deadline", "reason");

	private static final GapArguments.Names NAMES = GapArguments.Names.URL;

	private final GapReports reports;

	private final GapArguments arguments;

	public GapReportDefinition(GapReports reports, GapArguments arguments) {
		this.reports = reports;
		this.arguments = arguments;
	}

	@Override
	public String name() {
		return "gaps";
	}

	@Override
	public Set<String> parameters() {
		return Set.of(NAMES.regions(), NAMES.countries(), NAMES.thematicAreas(), "detail");
	}

	@Override
	public boolean isPublic() {
		return false;
	}

	@Override
	public Class<GapReports.Gaps> type() {
		return GapReports.Gaps.class;
	}

	@Override
	public GapReports.Gaps compute(ReportParameters parameters) {
		detail(parameters);
		GapQuery query = this.arguments.query(NAMES, GapArguments.regions(NAMES, parameters.list(NAMES.regions())),
				parameters.list(NAMES.countries()), parameters.list(NAMES.thematicAreas()));
		return this.reports.gaps(query);
	}

	@Override
	public byte[] csv(GapReports.Gaps report, ReportParameters parameters) {
		return detail(parameters) ? requestLines(report) : groupLines(report);
	}

	private static boolean detail(ReportParameters parameters) {
		String detail = parameters.single("detail");
		if (detail == null || detail.equals("groups")) {
			return false;
		}
		if (detail.equals("requests")) {
			return true;
		}
		throw new BadRequestException("detail", "is not one of [groups, requests]: '" + ReportParameters.shorten(detail) + "'");
	}

	/** One line per group and unit; the group's keys and count repeat on each of its units' lines. */
	static byte[] groupLines(GapReports.Gaps report) {
		ReportCsv csv = new ReportCsv(GROUP_COLUMNS);
		for (Group group : report.groups()) {
			for (Amount amount : group.amounts()) {
				csv.line(List.of(group.region().code(), group.region().name(), group.thematicArea().code(),
						group.thematicArea().name(), group.reason(), group.requests(), amount.unit(), amount.requests(),
						amount.amount()));
			}
		}
		return csv.bytes();
	}

	/** One line per gap request, in the report's order; its areas' codes joined by semicolons. */
	static byte[] requestLines(GapReports.Gaps report) {
		ReportCsv csv = new ReportCsv(REQUEST_COLUMNS);
		for (GapRequest r : report.requests()) {
			List<Object> fields = new ArrayList<>();
			fields.add(r.id());
			fields.add(r.title());
			fields.add(r.country().iso3());
			fields.add(r.country().name());
			fields.add(r.region().code());
			fields.add(r.region().name());
			fields.add(String.join(";", r.thematicAreas().stream().map(Code::code).toList()));
			fields.add(r.kind());
			fields.add(r.unit());
			fields.add(r.requested());
			fields.add(r.amount());
			fields.add(r.deadline());
			fields.add(r.reason());
			csv.line(fields);
		}
		return csv.bytes();
	}

}
