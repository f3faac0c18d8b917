package org.ilo.coalition.api.ilostat;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.ilostat.DataImportView;
import org.ilo.coalition.graph.ilostat.IlostatImporter;
import org.ilo.coalition.graph.ilostat.ImportFileException;
import org.ilo.coalition.graph.ilostat.ImportRefusedException;
import org.ilo.coalition.graph.ilostat.ImportStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's upload of an ILOSTAT file (bulk CSV or SDMX-CSV, plain or gzip) as the request body: streamed
 * into the importer, never held in memory. Answers the import's report as JSON: 200 when imported, 422 with the line
 * and column when the file is refused, 409 while another import runs, 415 for a body that is not sent as
 * {@code application/octet-stream}, {@code text/csv} or gzip; 401 without credentials and 403 for other roles, before
 * the body is read.
 */
@RestController
public class IlostatUploadController {

	/** Where the upload is served. */
	public static final String PATH = "/imports/ilostat";

	private final IlostatImporter importer;

	public IlostatUploadController(IlostatImporter importer) {
		this.importer = importer;
	}

	// Only raw bodies: a form content type would have the servlet container read the file as form fields.
	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE, consumes = {
			MediaType.APPLICATION_OCTET_STREAM_VALUE, "text/csv", "application/gzip", "application/x-gzip" })
	@PreAuthorize("hasRole('SECRETARIAT')")
	public ResponseEntity<Map<String, Object>> upload(@RequestParam(name = "fileName", required = false) String fileName,
			HttpServletRequest request, @Nullable Principal principal) throws IOException {
		String name = (fileName == null || fileName.isBlank()) ? "upload" : fileName.strip();
		try (InputStream body = request.getInputStream()) {
			DataImportView report = this.importer.importFile(body, name, Callers.of(principal).actor());
			return ResponseEntity.ok(body(report, null));
		}
		catch (ConflictException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", "CONFLICT", "error", ex.getMessage()));
		}
		catch (ImportRefusedException ex) {
			HttpStatus status = ex.record().status() == ImportStatus.REFUSED ? HttpStatus.UNPROCESSABLE_CONTENT
					: HttpStatus.INTERNAL_SERVER_ERROR;
			return ResponseEntity.status(status).body(body(ex.record(), ex.getCause()));
		}
	}

	static Map<String, Object> body(DataImportView report, @Nullable Throwable cause) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", report.id());
		body.put("fileName", report.fileName());
		body.put("format", report.format());
		body.put("status", report.status());
		body.put("startedAt", report.startedAt().toString());
		body.put("endedAt", report.endedAt() == null ? null : report.endedAt().toString());
		body.put("rowsRead", report.rowsRead());
		body.put("created", report.created());
		body.put("updated", report.updated());
		body.put("unchanged", report.unchanged());
		body.put("skipped", new java.util.TreeMap<>(report.skipped()));
		body.put("severityChanges", report.severityChanges());
		if (report.error() != null) {
			body.put("error", report.error());
		}
		if (cause instanceof ImportFileException bad) {
			body.put("line", bad.line());
			body.put("column", bad.column());
		}
		return body;
	}

}
