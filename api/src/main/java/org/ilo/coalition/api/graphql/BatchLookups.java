package org.ilo.coalition.api.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What {@code @BatchMapping} methods share: the distinct keys of a batch, and the values looked up by them. */
public final class BatchLookups {

	private BatchLookups() {
	}

	/** The distinct non-null keys of {@code items}. */
	public static <T> List<String> keys(List<T> items, Function<T, String> key) {
		return items.stream().map(key).filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * Each item with the value whose id is the item's key; items without one are left out, so their field resolves to
	 * {@code null}.
	 */
	public static <K, V> Map<K, V> lookUp(List<K> items, Function<K, String> key, Collection<V> values,
			Function<V, String> id) {
		Map<String, V> byId = new HashMap<>();
		values.forEach((value) -> byId.put(id.apply(value), value));
		Map<K, V> result = new HashMap<>();
		for (K item : items) {
			String itemKey = key.apply(item);
			V value = itemKey == null ? null : byId.get(itemKey);
			if (value != null) {
				result.put(item, value);
			}
		}
		return result;
	}

}
