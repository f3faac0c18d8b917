package org.ilo.coalition.api.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The public IATI 2.03 activities file of the confirmed and later matches (docs/open-data.md): no sign-in, public
 * fields only. Each request writes the export to a temporary file, validates it against the IATI schema and checks
 * IATI's data-quality rules, and only then streams it; an export that fails is answered 500 with the reason (and
 * logged), never served. Without any published match the answer is 404 (IATI requires an activity per file).
 */
@RestController
public class IatiExportController {

	/** Where the export is served. */
	public static final String PATH = "/open-data/iati-activities.xml";

	private static final MediaType XML_UTF8 = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private final IatiExport export;

	public IatiExportController(IatiExport export) {
		this.export = export;
	}

	@GetMapping(path = PATH)
	public ResponseEntity<StreamingResponseBody> activities() throws IOException {
		IatiExport.File file;
		try {
			file = this.export.export();
		}
		catch (IatiExport.Empty ex) {
			byte[] message = (ex.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body((out) -> out.write(message));
		}
		catch (IatiExport.Invalid ex) {
			byte[] message = ("The IATI export failed validation and was not served: " + ex.getMessage() + "\n")
				.getBytes(StandardCharsets.UTF_8);
			return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body((out) -> out.write(message));
		}
		StreamingResponseBody body = (out) -> {
			try (InputStream in = Files.newInputStream(file.path())) {
				in.transferTo(out);
			}
			finally {
				Files.deleteIfExists(file.path());
			}
		};
		return ResponseEntity.ok()
			.contentType(XML_UTF8)
			.contentLength(file.bytes())
			.cacheControl(CacheControl.noCache())
			.header("X-IATI-Activities", Integer.toString(file.activities()))
			.body(body);
	}

}
