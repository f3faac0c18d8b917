package org.ilo.coalition.api.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.report.GapReport.Amount;
import org.ilo.coalition.api.report.GapReport.Code;
import org.ilo.coalition.api.report.GapReport.GapRequest;
import org.ilo.coalition.api.report.GapReport.Group;
import org.ilo.coalition.graph.report.GapQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gaps report as CSV ({@value #CSV_PATH}) and JSON ({@value #JSON_PATH}), with the GraphQL field's filter as query
 * parameters (repeat one for several values: {@code region=AFRICA&region=AMERICAS}) and the same service method. The
 * CSV has one line per group and unit, or with {@code detail=requests} one line per gap request (all of them, not a
 * page). Secured like the field: 401 for the public and 403 for other roles, before anything is read; a bad parameter
 * is a 400 whose plain-text body names it (docs/reports.md, "Gaps").
 */
@RestController
public class GapReportHttpController {

	/** The CSV's URL. */
	public static final String CSV_PATH = "/reports/gaps.csv";

	/** The JSON's URL. */
	public static final String JSON_PATH = "/reports/gaps.json";

	static final List<String> GROUP_COLUMNS = List.of("region", "region_name", "thematic_area", "thematic_area_name",
			"reason", "requests", "unit", "unit_requests", "amount");

	static final List<String> REQUEST_COLUMNS = List.of("request", "title", "country", "country_name", "region",
			"region_name", "thematic_areas", "kind", "unit", "requested", "amount", "deadline", "reason");

	private final GapReports reports;

	private final GapArguments arguments;

	public GapReportHttpController(GapReports reports, GapArguments arguments) {
		this.reports = reports;
		this.arguments = arguments;
	}

	@GetMapping(path = CSV_PATH)
	@PreAuthorize("hasAnyRole('COORDINATION_GROUP', 'SECRETARIAT')")
	public ResponseEntity<byte[]> csv(@RequestParam(name = "region", required = false) @Nullable List<String> regions,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries,
			@RequestParam(name = "thematicArea", required = false) @Nullable List<String> thematicAreas,
			@RequestParam(name = "detail", required = false) @Nullable String detail) {
		boolean perRequest = detail(detail);
		GapReports.Gaps gaps = this.reports.gaps(query(regions, countries, thematicAreas));
		return ResponseEntity.ok()
			.contentType(CoverageReportHttpController.TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + (perRequest ? "gap-requests.csv" : "gaps.csv") + "\"")
			.body(perRequest ? requestLines(gaps) : groupLines(gaps));
	}

	@GetMapping(path = JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('COORDINATION_GROUP', 'SECRETARIAT')")
	public GapReport json(@RequestParam(name = "region", required = false) @Nullable List<String> regions,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries,
			@RequestParam(name = "thematicArea", required = false) @Nullable List<String> thematicAreas,
			@RequestParam(name = "first", required = false) @Nullable String first,
			@RequestParam(name = "after", required = false) @Nullable String after) {
		return this.reports.report(query(regions, countries, thematicAreas), PageArguments.first(first(first), 50),
				PageArguments.after(GapReports.ORDERING, after));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<String> badRequest(BadRequestException ex) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(ex.getMessage());
	}

	private GapQuery query(@Nullable List<String> regions, @Nullable List<String> countries,
			@Nullable List<String> thematicAreas) {
		GapArguments.Names names = GapArguments.Names.URL;
		return this.arguments.query(names, GapArguments.regions(names, regions), countries, thematicAreas);
	}

	private static boolean detail(@Nullable String detail) {
		if (detail == null || detail.isBlank() || detail.strip().equals("groups")) {
			return false;
		}
		if (detail.strip().equals("requests")) {
			return true;
		}
		throw new BadRequestException("detail", "is not one of [groups, requests]: '"
				+ (detail.length() > 64 ? detail.substring(0, 64) + "…" : detail) + "'");
	}

	private static @Nullable Integer first(@Nullable String first) {
		if (first == null || first.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(first.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("first", "must be a whole number between 0 and " + PageArguments.MAX_FIRST);
		}
	}

	/** One line per group and unit; the group's keys and count repeat on each of its units' lines. */
	static byte[] groupLines(GapReports.Gaps report) {
		Csv csv = new Csv().line(GROUP_COLUMNS);
		for (Group group : report.groups()) {
			for (Amount amount : group.amounts()) {
				csv.line(List.of(group.region().code(), group.region().name(), group.thematicArea().code(),
						group.thematicArea().name(), group.reason().name(), Integer.toString(group.requests()),
						amount.unit(), Integer.toString(amount.requests()), Csv.number(amount.amount())));
			}
		}
		return csv.bytes();
	}

	/** One line per gap request, in the report's order; its areas' codes joined by semicolons. */
	static byte[] requestLines(GapReports.Gaps report) {
		Csv csv = new Csv().line(REQUEST_COLUMNS);
		for (GapRequest r : report.requests()) {
			List<String> fields = new ArrayList<>(List.of(r.id()));
			fields.add(r.title());
			fields.add(r.country().iso3());
			fields.add(r.country().name());
			fields.add(r.region().code());
			fields.add(r.region().name());
			fields.add(String.join(";", r.thematicAreas().stream().map(Code::code).toList()));
			fields.add(r.kind());
			fields.add(r.unit());
			fields.add(Csv.number(r.requested()));
			fields.add(Csv.number(r.amount()));
			fields.add(r.deadline().toString());
			fields.add(r.reason().name());
			csv.line(fields);
		}
		return csv.bytes();
	}

}
