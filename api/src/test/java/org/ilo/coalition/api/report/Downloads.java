package org.ilo.coalition.api.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ilo.coalition.api.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the reports' URLs in tests: HTTP GET on the test's port, bearer tokens per role, and an RFC 4180 reader. */
public final class Downloads {

	private Downloads() {
	}

	/** GET {@code path} on 127.0.0.1 with {@code authorization} (none when {@code null}). */
	public static HttpResponse<byte[]> get(int port, String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A bearer token of {@code role}: partner {@code p-1}, member State {@code KEN}. */
	public static String bearer(String role) {
		return "Bearer " + Tokens.token(role.toLowerCase() + "-user", role, role.equals("PARTNER") ? "p-1" : null,
				role.equals("MEMBER_STATE") ? "KEN" : null);
	}

	/** A CSV answer's records, after checking its type and byte-order mark. */
	public static List<List<String>> csv(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		byte[] body = response.body();
		assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte-order mark")
			.containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		return parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
	}

	/** RFC 4180: records end with CRLF; a field in double quotes may hold commas, line breaks and doubled quotes. */
	public static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i++;
				while (true) {
					char q = text.charAt(i++);
					if (q == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						field.append(q);
					}
				}
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				i++;
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i += 2;
			}
			else {
				field.append(c);
				i++;
			}
		}
		assertThat(field).as("the last record ends with CRLF").isEmpty();
		assertThat(record).isEmpty();
		return records;
	}

}
