package org.ilo.coalition.graph.paging;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

/** Null-tolerant conversions from driver values, shared by the read queries. */
public final class Records {

	private Records() {
	}

	public static String string(Value value) {
		return value == null || value.isNull() ? null : value.asString();
	}

	public static List<String> strings(Value value) {
		return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
	}

	public static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

	public static OffsetDateTime dateTime(Value value) {
		return value == null || value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
	}

	public static boolean bool(Value value) {
		return value != null && !value.isNull() && value.asBoolean();
	}

	/**
	 * Groups rows by {@code key}, with an entry (possibly empty) for every one of {@code keys} in their order, as the
	 * batch loaders of nested fields expect.
	 */
	public static <T> Map<String, List<T>> groupBy(Collection<String> keys, List<T> rows, Function<T, String> key) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		keys.forEach((k) -> grouped.put(k, new ArrayList<>()));
		rows.forEach((row) -> grouped.computeIfAbsent(key.apply(row), (k) -> new ArrayList<>()).add(row));
		return grouped;
	}

	public static <E extends Enum<E>> E enumOf(Class<E> type, Value value) {
		return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
	}

}
