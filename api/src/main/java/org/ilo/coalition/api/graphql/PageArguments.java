package org.ilo.coalition.api.graphql;

import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.InvalidCursorException;

/** Checks the {@code first} and {@code after} arguments of connection fields. */
public final class PageArguments {

	/** The largest page any connection returns. */
	public static final int MAX_FIRST = 100;

	private PageArguments() {
	}

	/** {@code first}, or {@code defaultFirst} when absent; between 0 and {@value #MAX_FIRST}. */
	public static int first(Integer first, int defaultFirst) {
		int value = first == null ? defaultFirst : first;
		if (value < 0 || value > MAX_FIRST) {
			throw new BadRequestException("first", "must be between 0 and " + MAX_FIRST + ", was " + value);
		}
		return value;
	}

	/** The decoded {@code after} cursor of {@code ordering}, or {@code null}. */
	public static Cursor after(String ordering, String after) {
		try {
			return Cursor.decode(ordering, after);
		}
		catch (InvalidCursorException ex) {
			throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
		}
	}

}
