package org.ilo.coalition.graph.paging;

/** Thrown for a pagination cursor that this server did not issue for the list being read. */
public class InvalidCursorException extends IllegalArgumentException {

	public InvalidCursorException(String cursor) {
		super("Invalid cursor '" + (cursor.length() > 64 ? cursor.substring(0, 64) + "…" : cursor)
				+ "': pass an endCursor returned by the same list");
	}

}
