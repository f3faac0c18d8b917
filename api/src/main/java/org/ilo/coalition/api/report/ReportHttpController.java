package org.ilo.coalition.api.report;

import java.nio.charset.StandardCharsets;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.report.ReportSnapshots;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every report as CSV ({@code GET /reports/{name}.csv}) and JSON ({@code GET /reports/{name}.json}), with the GraphQL
 * field's filters as query parameters, and the frozen snapshots ({@code GET /reports/snapshots/{id}.csv} and
 * {@code .json}). Secured like the fields: 401 for the public and 403 for other roles on a restricted report, before
 * anything is read; a bad parameter is a 400 whose plain-text body names it (docs/reports.md).
 */
@RestController
public class ReportHttpController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReportDefinitions definitions;

	private final ReportService reports;

	public ReportHttpController(ReportDefinitions definitions, ReportService reports) {
		this.definitions = definitions;
		this.reports = reports;
	}

	@GetMapping(path = "/reports/{name}.csv")
	@PreAuthorize("@reportDefinitions.mayRead(#name, authentication)")
	public ResponseEntity<byte[]> csv(@PathVariable String name, @RequestParam MultiValueMap<String, String> parameters) {
		return csv(name + ".csv", this.reports.csv(definition(name), parameters));
	}

	@GetMapping(path = "/reports/{name}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("@reportDefinitions.mayRead(#name, authentication)")
	public Object json(@PathVariable String name, @RequestParam MultiValueMap<String, String> parameters) {
		return this.reports.compute(definition(name), parameters);
	}

	@GetMapping(path = "/reports/snapshots/{id}.json")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public ResponseEntity<byte[]> snapshotJson(@PathVariable String id) {
		ReportSnapshots.Snapshot snapshot = snapshot(id);
		// The bytes as frozen: not read and written again, so nothing can drift.
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(snapshot.content().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(path = "/reports/snapshots/{id}.csv")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public ResponseEntity<byte[]> snapshotCsv(@PathVariable String id) {
		ReportSnapshots.Snapshot snapshot = snapshot(id);
		return csv(snapshot.report() + "-" + slug(snapshot.label()) + ".csv", this.reports.csv(snapshot));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<String> badRequest(BadRequestException ex) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(ex.getMessage());
	}

	private ReportDefinition<?> definition(String name) {
		return this.definitions.byName(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No report is called '" + name + "'"));
	}

	private ReportSnapshots.Snapshot snapshot(String id) {
		return this.reports.snapshot(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No report snapshot has the id '" + id + "'"));
	}

	private static ResponseEntity<byte[]> csv(String fileName, byte[] body) {
		return ResponseEntity.ok().contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

	// A file name from a label such as "GB.356 (March 2026)": letters, digits, dots and dashes only.
	static String slug(String label) {
		String slug = label.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "snapshot" : slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

}
