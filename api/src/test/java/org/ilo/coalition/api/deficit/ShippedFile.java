package org.ilo.coalition.api.deficit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.ilostat.ShippedDeficits;
import org.springframework.core.io.ClassPathResource;

/**
 * The rows of the shipped snapshot, read here with a parser of the test's own (RFC 4180 quoting) so that expectations
 * come from the file rather than from the importer under test.
 */
final class ShippedFile {

	/** One row: {@code ref_area,indicator,sdg,sex,time,obs_value,unit,source}. */
	record Row(String iso3, String series, String sdg, int year, double value, String source) {
	}

	private ShippedFile() {
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource(ShippedDeficits.RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String header = in.readLine();
			if (header == null || !header.replace("\uFEFF", "").startsWith("ref_area,indicator,sdg,sex,time,obs_value")) {
				throw new IllegalStateException("Unexpected header of the shipped file: " + header);
			}
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				List<String> f = fields(line);
				rows.add(new Row(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(4)), Double.parseDouble(f.get(5)),
						f.get(7)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	// The file's quoted fields hold commas but no line breaks.
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
