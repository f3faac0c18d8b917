package org.ilo.coalition.graph.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position in one ordering: the sort key and id of the last item seen, encoded as an opaque string.
 *
 * @param ordering names the ordering the cursor belongs to, so a cursor from one list is refused by another
 */
public record Cursor(String ordering, String sortKey, String id) {

	private static final char SEPARATOR = '\u0000';

	/** The opaque form handed to clients. */
	public String encode() {
		String raw = this.ordering + SEPARATOR + this.sortKey + SEPARATOR + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor of {@code ordering}; {@code null} stays {@code null}.
	 * @throws InvalidCursorException when the text is not a cursor of that ordering
	 */
	public static Cursor decode(String ordering, String text) {
		if (text == null) {
			return null;
		}
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException(text);
		}
		int first = raw.indexOf(SEPARATOR);
		int second = raw.indexOf(SEPARATOR, first + 1);
		if (first < 0 || second < 0 || raw.indexOf(SEPARATOR, second + 1) >= 0
				|| !ordering.equals(raw.substring(0, first)) || second == raw.length() - 1) {
			throw new InvalidCursorException(text);
		}
		return new Cursor(ordering, raw.substring(first + 1, second), raw.substring(second + 1));
	}

}
