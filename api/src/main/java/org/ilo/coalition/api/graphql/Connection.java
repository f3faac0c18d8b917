package org.ilo.coalition.api.graphql;

import java.util.List;
import java.util.function.Function;

import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.ResultPage;

/** A Relay connection: the generic shape behind every {@code *Connection} type of the schema. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/** One item with its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page stands. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds a connection from a keyset page; {@code hasPreviousPage} is true whenever the client paged past a cursor.
	 */
	public static <T> Connection<T> of(ResultPage<T> page, Function<T, Cursor> cursorOf, boolean afterGiven) {
		List<Edge<T>> edges = page.items().stream().map((item) -> new Edge<>(cursorOf.apply(item).encode(), item)).toList();
		PageInfo pageInfo = new PageInfo(page.hasNext(), afterGiven,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, page.totalCount());
	}

}
