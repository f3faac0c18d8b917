package org.ilo.coalition.api.report;

import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.CoverageQuery;
import org.ilo.coalition.graph.report.CoverageReport;
import org.ilo.coalition.graph.report.CoverageReports;
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
 * The coverage report as CSV ({@value #CSV_PATH}) and JSON ({@value #JSON_PATH}), with the GraphQL field's filters
 * as query parameters (repeat a parameter for several values: {@code groupBy=REGION&groupBy=THEMATIC_AREA}) and the
 * same service method. Secured like the field: 401 for the public and 403 for other roles, before anything is read; a
 * bad parameter is a 400 whose plain-text body names it (docs/reports.md).
 */
@RestController
public class CoverageReportHttpController {

	/** The CSV's URL. */
	public static final String CSV_PATH = "/reports/coverage.csv";

	/** The JSON's URL. */
	public static final String JSON_PATH = "/reports/coverage.json";

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final CoverageReports reports;

	private final CoverageArguments arguments;

	public CoverageReportHttpController(CoverageReports reports, CoverageArguments arguments) {
		this.reports = reports;
		this.arguments = arguments;
	}

	@GetMapping(path = CSV_PATH)
	@PreAuthorize("hasAnyRole('COORDINATION_GROUP', 'SECRETARIAT')")
	public ResponseEntity<byte[]> csv(@RequestParam(name = "groupBy", required = false) @Nullable List<String> groupBy,
			@RequestParam(name = "region", required = false) @Nullable List<String> regions,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries,
			@RequestParam(name = "thematicArea", required = false) @Nullable List<String> thematicAreas,
			@RequestParam(name = "programme", required = false) @Nullable List<String> programmes,
			@RequestParam(name = "partnerKind", required = false) @Nullable List<String> partnerKinds,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to) {
		CoverageReport report = this.reports.coverage(
				query(groupBy, regions, countries, thematicAreas, programmes, partnerKinds, from, to));
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coverage.csv\"")
			.body(CoverageCsv.write(report));
	}

	@GetMapping(path = JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('COORDINATION_GROUP', 'SECRETARIAT')")
	public CoverageReport json(@RequestParam(name = "groupBy", required = false) @Nullable List<String> groupBy,
			@RequestParam(name = "region", required = false) @Nullable List<String> regions,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries,
			@RequestParam(name = "thematicArea", required = false) @Nullable List<String> thematicAreas,
			@RequestParam(name = "programme", required = false) @Nullable List<String> programmes,
			@RequestParam(name = "partnerKind", required = false) @Nullable List<String> partnerKinds,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to) {
		return this.reports.coverage(query(groupBy, regions, countries, thematicAreas, programmes, partnerKinds, from, to));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<String> badRequest(BadRequestException ex) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(ex.getMessage());
	}

	private CoverageQuery query(@Nullable List<String> groupBy, @Nullable List<String> regions,
			@Nullable List<String> countries, @Nullable List<String> thematicAreas, @Nullable List<String> programmes,
			@Nullable List<String> partnerKinds, @Nullable String from, @Nullable String to) {
		CoverageArguments.Names names = CoverageArguments.Names.URL;
		return this.arguments.query(names,
				regions == null ? null : regions.stream().map((r) -> CoverageArguments.parse(names.regions(), r, IloRegion.class)).toList(),
				countries, thematicAreas, programmes,
				partnerKinds == null ? null
						: partnerKinds.stream().map((k) -> CoverageArguments.parse(names.partnerKinds(), k, PartnerKind.class)).toList(),
				CoverageArguments.day(names.from(), from), CoverageArguments.day(names.to(), to),
				groupBy == null ? null : groupBy.stream().map((g) -> CoverageArguments.dimension(names.groupBy(), g)).toList());
	}

}
