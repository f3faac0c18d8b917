package org.ilo.coalition.api.ilostat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat's two ways of importing an ILOSTAT file: the HTTP upload and the jar's command line. */
class IlostatUploadIT extends ApiIntegrationTest {

	private static final String BULK = "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,"
			+ "note_classif,note_indicator,note_source\n"
			+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2024,5.6,,,,\n"
			+ "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_F,AGE_YTHADULT_YGE15,,2024,6.0,,,,\n"
			+ "X01,XA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2024,5.0,,,,\n";

	@TempDir
	Path directory;

	@Test
	void theSecretariatUploadsAGzippedBulkFileAndGetsTheImportsReport() throws Exception {
		HttpResponse<String> response = upload(gzip(BULK), bearer("SECRETARIAT"), "SDG_0852_SEX_AGE_RT_A.csv.gz");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"COMPLETED\"", "\"format\":\"ILOSTAT_BULK\"",
				"\"rowsRead\":3", "\"created\":1", "\"NOT_TOTAL_SEX\":1", "\"AGGREGATE\":1",
				"\"fileName\":\"SDG_0852_SEX_AGE_RT_A.csv.gz\"");
		assertThat(this.neo4jClient.query("""
				MATCH (o:DeficitObservation {id: 'KEN:SDG_0852_SEX_AGE_RT:2024'})-[:IMPORTED_BY]->(imp:DataImport)
				RETURN imp.actorRole""").fetchAs(String.class).one()).contains("SECRETARIAT");
	}

	@Test
	void aRefusedFileIsAnsweredWithItsLineAndColumnAndLeavesNothing() throws Exception {
		byte[] bad = (BULK + "KEN,BA:1,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2023,12%,,,,\n")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = upload(bad, bearer("SECRETARIAT"), "bad.csv");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("\"status\":\"REFUSED\"", "\"line\":5", "\"column\":\"obs_value\"");
		assertThat(this.neo4jClient.query("MATCH (o:DeficitObservation) WHERE o.year >= 2023 RETURN count(o)")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void aFileSentAsAFormIsRefusedWithUnsupportedMediaTypeAndNotRead() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
				"http://127.0.0.1:" + this.port + IlostatUploadController.PATH + "?fileName=form.csv"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", bearer("SECRETARIAT"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(BULK.getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(this.neo4jClient.query("MATCH (imp:DataImport {fileName: 'form.csv'}) RETURN count(imp)")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void nobodyButTheSecretariatMayUpload() throws Exception {
		byte[] file = BULK.getBytes(StandardCharsets.UTF_8);

		assertThat(upload(file, null, "x.csv").statusCode()).isEqualTo(401);
		for (String role : List.of("COORDINATION_GROUP", "PARTNER", "MEMBER_STATE")) {
			assertThat(upload(file, bearer(role), "x.csv").statusCode()).as(role).isEqualTo(403);
		}
		assertThat(this.neo4jClient.query("MATCH (imp:DataImport) WHERE imp.fileName = 'x.csv' RETURN count(imp)")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void theCommandLineImportsIntoTheConfiguredDatabaseAndPrintsTheReport() throws IOException {
		Path file = this.directory.resolve("SDG_0852_SEX_AGE_RT_A.csv.gz");
		Files.write(file, gzip(BULK));
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		int code = ImportCommand.run(List.of(file.toString(), "--spring.neo4j.uri=" + Neo4jTestDatabase.get().uri()),
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(code).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(ImportCommand.IMPORTED);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SDG_0852_SEX_AGE_RT_A.csv.gz: COMPLETED",
				"observations created 1", "1 regional or other aggregate");
		assertThat(this.neo4jClient.query("""
				MATCH (o:DeficitObservation {id: 'KEN:SDG_0852_SEX_AGE_RT:2024'})-[:IMPORTED_BY]->(imp:DataImport)
				RETURN imp.actor""").fetchAs(String.class).one().orElseThrow()).endsWith("(command line)");
	}

	@Test
	void theCommandLineRefusesABadFileWithExitCodeOne() throws IOException {
		Path file = this.directory.resolve("bad.csv");
		Files.writeString(file, "country,year,value\nKEN,2024,5.6\n");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		int code = ImportCommand.run(List.of(file.toString(), "--spring.neo4j.uri=" + Neo4jTestDatabase.get().uri()),
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(ImportCommand.REFUSED);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("bad.csv: REFUSED", "fits none of the layouts");
		assertThat(ImportCommand.run(List.of(), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(
				ImportCommand.USAGE);
	}

	private static String bearer(String role) {
		return "Bearer " + Tokens.token(role.toLowerCase() + "-user", role, role.equals("PARTNER") ? "p-1" : null,
				role.equals("MEMBER_STATE") ? "KEN" : null);
	}

	private HttpResponse<String> upload(byte[] body, String authorization, String fileName) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port
				+ IlostatUploadController.PATH + "?fileName=" + fileName))
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
