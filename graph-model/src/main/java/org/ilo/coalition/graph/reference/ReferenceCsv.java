package org.ilo.coalition.graph.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV files of reference data: RFC 4180 quoting on one line, a fixed header, and whole-line
 * {@code #} comments so that hand-written files can say why they hold what they hold.
 */
final class ReferenceCsv {

	private ReferenceCsv() {
	}

	/** One data row, with the file and line it came from so that errors can point at it. */
	record Row(String file, int line, List<String> fields) {

		String get(int index) {
			return this.fields.get(index);
		}

		/** The field at {@code index}, which must not be blank. */
		String required(int index, String column) {
			String value = this.fields.get(index);
			if (value.isBlank()) {
				throw error("column " + column + " must not be empty");
			}
			return value;
		}

		IllegalStateException error(String message) {
			return ReferenceCsv.error(this.file, this.line, message);
		}

	}

	/**
	 * The data rows of {@code text}, after checking that the first non-comment line is exactly {@code header} and that
	 * every row has as many fields. Unquoted fields are trimmed; blank lines are skipped.
	 */
	static List<Row> parse(String file, String text, List<String> header) {
		List<Row> rows = new ArrayList<>();
		boolean headerSeen = false;
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			int lineNumber = i + 1;
			String line = lines[i];
			// A byte order mark would otherwise become part of the first column's name.
			if (i == 0 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> fields = splitLine(file, lineNumber, line);
			if (!headerSeen) {
				if (!fields.equals(header)) {
					throw error(file, lineNumber, "expected the header " + String.join(",", header) + " but found "
							+ String.join(",", fields));
				}
				headerSeen = true;
				continue;
			}
			if (fields.size() != header.size()) {
				throw error(file, lineNumber, "expected %d fields but found %d (quote values that contain commas)"
					.formatted(header.size(), fields.size()));
			}
			rows.add(new Row(file, lineNumber, List.copyOf(fields)));
		}
		if (!headerSeen) {
			throw new IllegalStateException(file + ": the file is empty; expected the header " + String.join(",", header));
		}
		return List.copyOf(rows);
	}

	static List<String> splitLine(String file, int lineNumber, String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
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
			else if (c == ',') {
				fields.add(wasQuoted ? field.toString() : field.toString().strip());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '"') {
				if (!field.toString().isBlank() || wasQuoted) {
					throw error(file, lineNumber, "a quote may only open a field, at column " + (i + 1));
				}
				field.setLength(0);
				quoted = true;
				wasQuoted = true;
			}
			else if (wasQuoted) {
				if (!Character.isWhitespace(c)) {
					throw error(file, lineNumber, "unexpected text after a closing quote, at column " + (i + 1));
				}
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw error(file, lineNumber, "a quoted field is not closed");
		}
		fields.add(wasQuoted ? field.toString() : field.toString().strip());
		return fields;
	}

	static IllegalStateException error(String file, int line, String message) {
		return new IllegalStateException(file + " line " + line + ": " + message);
	}

}
