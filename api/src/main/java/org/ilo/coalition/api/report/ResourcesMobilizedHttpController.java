package org.ilo.coalition.api.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.ResourcesMobilized;
import org.ilo.coalition.graph.report.ResourcesMobilizedQuery;
import org.ilo.coalition.graph.report.ResourcesMobilizedReport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resources-mobilized report as CSV ({@value #CSV_PATH}) and JSON ({@value #JSON_PATH}), with the GraphQL field's
 * filters as query parameters (repeat one for several values) and the same service method. Public like the field; a
 * bad parameter is a 400 whose plain-text body names it (docs/reports.md).
 */
@RestController
public class ResourcesMobilizedHttpController {

	/** The CSV's URL. */
	public static final String CSV_PATH = "/reports/resources-mobilized.csv";

	/** The JSON's URL. */
	public static final String JSON_PATH = "/reports/resources-mobilized.json";

	private final ResourcesMobilizedReport report;

	private final CoverageArguments arguments;

	public ResourcesMobilizedHttpController(ResourcesMobilizedReport report, CoverageArguments arguments) {
		this.report = report;
		this.arguments = arguments;
	}

	@GetMapping(path = CSV_PATH)
	public ResponseEntity<byte[]> csv(@RequestParam(name = "region", required = false) @Nullable List<String> regions,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries,
			@RequestParam(name = "thematicArea", required = false) @Nullable List<String> thematicAreas,
			@RequestParam(name = "partnerKind", required = false) @Nullable List<String> partnerKinds,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to) {
		ResourcesMobilized mobilized = this.report.mobilized(query(regions, countries, thematicAreas, partnerKinds, from, to));
		return ResponseEntity.ok()
			.contentType(CoverageReportHttpController.TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resources-mobilized.csv\"")
			.body(ResourcesMobilizedCsv.write(mobilized));
	}

	@GetMapping(path = JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	public ResourcesMobilized json(@RequestParam(name = "region", required = false) @Nullable List<String> regions,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries,
			@RequestParam(name = "thematicArea", required = false) @Nullable List<String> thematicAreas,
			@RequestParam(name = "partnerKind", required = false) @Nullable List<String> partnerKinds,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to) {
		return this.report.mobilized(query(regions, countries, thematicAreas, partnerKinds, from, to));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<String> badRequest(BadRequestException ex) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(ex.getMessage());
	}

	private ResourcesMobilizedQuery query(@Nullable List<String> regions, @Nullable List<String> countries,
			@Nullable List<String> thematicAreas, @Nullable List<String> partnerKinds, @Nullable String from,
			@Nullable String to) {
		CoverageArguments.Names names = CoverageArguments.Names.URL;
		return this.arguments.mobilized(names,
				regions == null ? null
						: regions.stream().map((r) -> CoverageArguments.parse(names.regions(), r, IloRegion.class)).toList(),
				countries, thematicAreas,
				partnerKinds == null ? null
						: partnerKinds.stream().map((k) -> CoverageArguments.parse(names.partnerKinds(), k, PartnerKind.class)).toList(),
				CoverageArguments.day(names.from(), from), CoverageArguments.day(names.to(), to));
	}

}
