package org.ilo.coalition.api.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.report.ReportSnapshots.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A report's parameters as a URL gives them ({@code ?groupBy=REGION&groupBy=THEMATIC_AREA&from=2026-01-01}), or as a
 * snapshot stored them: one value per occurrence, a list by repeating the name. A name the report does not take is a
 * BAD_REQUEST naming it, so that a misspelt filter does not silently widen the report.
 */
public final class ReportParameters {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final MultiValueMap<String, String> values;

	private ReportParameters(MultiValueMap<String, String> values) {
		this.values = values;
	}

	/** The parameters of a request, checked against the names the report takes. */
	public static ReportParameters of(MultiValueMap<String, String> values, Set<String> accepted) {
		for (String name : values.keySet()) {
			if (!accepted.contains(name)) {
				throw new BadRequestException(shorten(name), "is not a parameter of this report; it takes "
						+ new TreeSet<>(accepted));
			}
		}
		return new ReportParameters(new LinkedMultiValueMap<>(values));
	}

	/** The parameters stored with a snapshot. */
	public static ReportParameters of(List<Parameter> parameters, Set<String> accepted) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		parameters.forEach((p) -> values.add(p.name(), p.value()));
		return of(values, accepted);
	}

	/** Every value of every parameter, sorted by name then value: what a snapshot stores. */
	public List<Parameter> all() {
		List<Parameter> all = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : this.values.entrySet()) {
			for (String value : entry.getValue()) {
				all.add(new Parameter(entry.getKey(), value));
			}
		}
		all.sort(Comparator.comparing(Parameter::name).thenComparing(Parameter::value));
		return all;
	}

	/** The values of a list parameter, blanks left out; {@code null} when it is not given. */
	public @Nullable List<String> list(String name) {
		List<String> given = this.values.get(name);
		if (given == null) {
			return null;
		}
		List<String> list = given.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).toList();
		return list.isEmpty() ? null : list;
	}

	/** The value of a single parameter, {@code null} when not given or blank; twice is a BAD_REQUEST. */
	public @Nullable String single(String name) {
		List<String> list = list(name);
		if (list == null) {
			return null;
		}
		if (list.size() > 1) {
			throw new BadRequestException(name, "takes one value, was given " + list.size());
		}
		return list.get(0);
	}

	/** An enum parameter's values. */
	public <E extends Enum<E>> @Nullable List<E> enums(String name, Class<E> type) {
		List<String> list = list(name);
		return list == null ? null : list.stream().map((v) -> parse(name, v, type)).toList();
	}

	/** A single enum parameter. */
	public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
		String value = single(name);
		return value == null ? null : parse(name, value, type);
	}

	/** A day such as {@code 2026-07-01}. */
	public @Nullable LocalDate day(String name) {
		String value = single(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, DAY);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name, "must be a day such as 2026-07-01, was '" + shorten(value) + "'");
		}
	}

	/** A whole number between {@code min} and {@code max}, or {@code fallback} when not given. */
	public int integer(String name, int fallback, int min, int max) {
		String value = single(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// the message below
		}
		throw new BadRequestException(name, "must be a whole number from " + min + " to " + max + ", was '"
				+ shorten(value) + "'");
	}

	/** An enum value named by text: unknown is a BAD_REQUEST naming {@code argument}. */
	public static <E extends Enum<E>> E parse(String argument, String value, Class<E> type) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(argument, "is not one of " + EnumSet.allOf(type) + ": '" + shorten(value) + "'");
		}
	}

	static String shorten(String value) {
		return value.length() > 64 ? value.substring(0, 64) + "…" : value;
	}

}
