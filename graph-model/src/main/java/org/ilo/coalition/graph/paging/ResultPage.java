package org.ilo.coalition.graph.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list.
 *
 * @param totalCount how many items match in all pages
 * @param hasNext whether items follow the last one of this page
 */
public record ResultPage<T>(List<T> items, long totalCount, boolean hasNext) {

	public ResultPage {
		items = List.copyOf(items);
	}

	/** Cuts a list fetched with one item more than {@code limit} into a page. */
	public static <T> ResultPage<T> ofLookahead(List<T> fetched, int limit, long totalCount) {
		boolean hasNext = fetched.size() > limit;
		return new ResultPage<>(hasNext ? fetched.subList(0, limit) : fetched, totalCount, hasNext);
	}

	public <R> ResultPage<R> map(Function<T, R> mapper) {
		return new ResultPage<>(this.items.stream().map(mapper).toList(), this.totalCount, this.hasNext);
	}

}
