package org.ilo.coalition.graph.paging;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

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

	public static <E extends Enum<E>> E enumOf(Class<E> type, Value value) {
		return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
	}

}
