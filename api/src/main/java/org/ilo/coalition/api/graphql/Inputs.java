package org.ilo.coalition.api.graphql;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.ArgumentValue;

/**
 * Checks and normalizes mutation input before anything is written: strings trimmed and bounded, languages,
 * e-mail addresses, URLs, amounts with the unit their kind requires, dates in order. Each failure is a
 * {@link BadRequestException} naming the field.
 */
public final class Inputs {

	/** Longest single-line text (names, titles). */
	public static final int SHORT_TEXT = 200;

	/** Longest free text (descriptions, reasons). */
	public static final int LONG_TEXT = 2_000;

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	// RFC 5322 dot-atoms without quoted local parts or address literals: a local part of at most 64 letters, digits
	// and !#$%&'*+/=?^_`{|}~- in dot-separated runs, and a domain of DNS labels ending in a top-level domain.
	private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";

	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

	private static final Pattern EMAIL = Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL
			+ "\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

	private static final Pattern URL = Pattern.compile("https?://[^\\s]{3,}", Pattern.CASE_INSENSITIVE);

	// Room for a UUID or a client's own scheme, and nothing that needs escaping in logs or messages.
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private Inputs() {
	}

	/** A trimmed required text of 2 to {@code max} characters. */
	public static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null || text.length() < 2) {
			throw new BadRequestException(field, "is required and must have 2 to " + max + " characters");
		}
		return text;
	}

	/** A trimmed optional text of at most {@code max} characters; blank becomes {@code null}. */
	public static String optional(String field, String value, int max) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new BadRequestException(field, "must have at most " + max + " characters, has " + text.length());
		}
		return text.isEmpty() ? null : text;
	}

	/** An optional idempotency key exactly as sent: 1 to 100 of {@code A-Z a-z 0-9 . _ : -}, nothing trimmed. */
	public static @Nullable String idempotencyKey(String field, @Nullable String value) {
		if (value != null && !IDEMPOTENCY_KEY.matcher(value).matches()) {
			throw new BadRequestException(field, "must have 1 to 100 characters of A-Z a-z 0-9 . _ : -");
		}
		return value;
	}

	/**
	 * Whether a change names the field at all. The rule of every update input: an absent field stays as it is;
	 * {@code null}, or a blank text, clears an optional field and is refused for a required one.
	 */
	public static boolean given(@Nullable ArgumentValue<?> change) {
		return change != null && !change.isOmitted();
	}

	/** The value a change gives, {@code null} when absent or given as {@code null}. */
	public static <T> @Nullable T valueOf(@Nullable ArgumentValue<T> change) {
		return change == null ? null : change.value();
	}

	/** The new value of a required field: {@code null} when absent (unchanged), refused when given as {@code null}. */
	public static <T> @Nullable T requiredChange(String field, @Nullable ArgumentValue<T> change) {
		if (given(change) && change.value() == null) {
			throw new BadRequestException(field, "is required and cannot be cleared");
		}
		return valueOf(change);
	}

	/** Distinct lower-case ISO 639-1 codes; at least one when {@code required}. */
	public static List<String> languages(String field, List<String> values, boolean required) {
		if (values == null) {
			if (required) {
				throw new BadRequestException(field, "needs at least one ISO 639-1 language code");
			}
			return null;
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String value : values) {
			codes.add(language(field, value));
		}
		if (codes.isEmpty() && required) {
			throw new BadRequestException(field, "needs at least one ISO 639-1 language code");
		}
		return List.copyOf(codes);
	}

	/** One lower-case ISO 639-1 code. */
	public static String language(String field, String value) {
		String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (code.length() != 2 || !LANGUAGES.contains(code)) {
			throw new BadRequestException(field, "must hold ISO 639-1 language codes such as 'en', was '" + value + "'");
		}
		return code;
	}

	/** A trimmed e-mail address of at most 254 characters; blank counts as absent. */
	public static String email(String field, String value, boolean required) {
		String text = optional(field, value, 254);
		if (text == null) {
			if (required) {
				throw new BadRequestException(field, "is required");
			}
			return null;
		}
		if (!EMAIL.matcher(text).matches()) {
			throw new BadRequestException(field, "is not an e-mail address: '" + text + "'");
		}
		return text;
	}

	public static String url(String field, String value) {
		String text = optional(field, value, 500);
		if (text != null && !URL.matcher(text).matches()) {
			throw new BadRequestException(field, "must be an http(s) URL, was '" + text + "'");
		}
		return text;
	}

	/** An amount greater than 0 and finite. */
	public static double amount(String field, Double value) {
		if (value == null || value.isNaN() || value.isInfinite() || value <= 0) {
			throw new BadRequestException(field, "must be greater than 0, was " + value);
		}
		return value;
	}

	/**
	 * The unit {@code kind} requires: an ISO 4217 currency for funding, {@code PERSON_DAYS} for technical assistance
	 * and dialogue facilitation, {@code PLACES} for training, {@code PRODUCTS} for knowledge.
	 */
	public static String unit(String field, SupportKind kind, String value) {
		String unit = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		String expected = switch (kind) {
			case FUNDING -> null;
			case TECHNICAL_ASSISTANCE, DIALOGUE_FACILITATION -> "PERSON_DAYS";
			case TRAINING -> "PLACES";
			case KNOWLEDGE -> "PRODUCTS";
		};
		if (expected == null) {
			try {
				if (unit.length() == 3) {
					return Currency.getInstance(unit).getCurrencyCode();
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the error below
			}
			throw new BadRequestException(field, "must be an ISO 4217 currency code such as 'USD' for FUNDING, was '" + value + "'");
		}
		if (!expected.equals(unit)) {
			throw new BadRequestException(field, "must be " + expected + " for " + kind + ", was '" + value + "'");
		}
		return unit;
	}

	/** Fails unless {@code from} is not after {@code until}. */
	public static void ordered(String field, LocalDate from, LocalDate until) {
		if (from != null && until != null && from.isAfter(until)) {
			throw new BadRequestException(field, "must not be before the start date (" + from + "), was " + until);
		}
	}

	/** Fails unless {@code date} is after {@code today}. */
	public static void future(String field, LocalDate date, LocalDate today) {
		if (date == null || !date.isAfter(today)) {
			throw new BadRequestException(field, "must be a date after " + today + ", was " + date);
		}
	}

	/** Fails when {@code values} is empty or absent. */
	public static <T> List<T> nonEmpty(String field, List<T> values) {
		if (values == null || values.isEmpty()) {
			throw new BadRequestException(field, "needs at least one value");
		}
		return values;
	}

}
