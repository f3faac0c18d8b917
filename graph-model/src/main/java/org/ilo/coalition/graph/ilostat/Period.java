package org.ilo.coalition.graph.ilostat;

/**
 * A reference period: a year, optionally a quarter ({@code Q1} to {@code Q4}) or a month ({@code M01} to
 * {@code M12}). Written as ILOSTAT's bulk files write it: {@code 2023}, {@code 2023Q1}, {@code 2023M01}.
 *
 * @param year the year, 0 to 9999
 * @param subAnnual null for a year, else {@code Q1}..{@code Q4} or {@code M01}..{@code M12}
 */
public record Period(int year, String subAnnual) {

	/** Sub-annual parts by index: 0 is the whole year, 1-4 the quarters, 5-16 the months. */
	private static final String[] SUB_ANNUAL = { null, "Q1", "Q2", "Q3", "Q4", "M01", "M02", "M03", "M04", "M05",
			"M06", "M07", "M08", "M09", "M10", "M11", "M12" };

	/** Periods of one year: a year, four quarters and twelve months. */
	static final int PER_YEAR = SUB_ANNUAL.length;

	static final String FORMS = "2023, 2023Q1, 2023M01, 2023-Q1, 2023-01 or 2023-M01";

	public Period {
		if (year < 0 || year > 9999) {
			throw new IllegalArgumentException("a year has four digits, not " + year);
		}
		// The shared constants, so that equal periods also share their strings.
		subAnnual = SUB_ANNUAL[subIndex(subAnnual)];
	}

	/** Whether this is a whole year rather than a quarter or a month. */
	public boolean annual() {
		return this.subAnnual == null;
	}

	/**
	 * Reads a period written as ILOSTAT's bulk files write it ({@code 2023}, {@code 2023Q1}, {@code 2023M01}) or as
	 * SDMX does ({@code 2023-Q1}, {@code 2023-01}, {@code 2023-M01}).
	 * @throws IllegalArgumentException naming the text and the forms accepted
	 */
	public static Period parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("a period is required (" + FORMS + ")");
		}
		char[] chars = text.toCharArray();
		int code = decode(chars, 0, chars.length);
		return new Period(code / PER_YEAR, SUB_ANNUAL[code % PER_YEAR]);
	}

	/** The period of {@link #decode}'s result. */
	static Period of(int code) {
		return new Period(code / PER_YEAR, SUB_ANNUAL[code % PER_YEAR]);
	}

	/**
	 * Decodes {@code chars[start, end)} without allocating: {@code year * PER_YEAR + index of the sub-annual part},
	 * so that a reader can keep one instance per period.
	 * @throws IllegalArgumentException naming the text and the forms accepted
	 */
	static int decode(char[] chars, int start, int end) {
		int length = end - start;
		if (length < 4) {
			throw malformed(chars, start, end);
		}
		int year = digits(chars, start, 4);
		if (year < 0) {
			throw malformed(chars, start, end);
		}
		int sub;
		int rest = start + 4;
		if (length == 4) {
			sub = 0;
		}
		else if (length == 6 && chars[rest] == 'Q') {
			sub = quarter(chars, rest + 1, start, end);
		}
		else if (length == 7 && chars[rest] == '-' && chars[rest + 1] == 'Q') {
			sub = quarter(chars, rest + 2, start, end);
		}
		else if (length == 7 && chars[rest] == 'M') {
			sub = month(chars, rest + 1, start, end);
		}
		else if (length == 7 && chars[rest] == '-') {
			sub = month(chars, rest + 1, start, end);
		}
		else if (length == 8 && chars[rest] == '-' && chars[rest + 1] == 'M') {
			sub = month(chars, rest + 2, start, end);
		}
		else {
			throw malformed(chars, start, end);
		}
		return year * PER_YEAR + sub;
	}

	@Override
	public String toString() {
		return (this.subAnnual != null) ? this.year + this.subAnnual : Integer.toString(this.year);
	}

	private static int quarter(char[] chars, int at, int start, int end) {
		int quarter = digits(chars, at, 1);
		if (quarter < 0) {
			throw malformed(chars, start, end);
		}
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException(
					"'" + new String(chars, start, end - start) + "' names quarter " + quarter + "; there are four");
		}
		return quarter;
	}

	private static int month(char[] chars, int at, int start, int end) {
		int month = digits(chars, at, 2);
		if (month < 0) {
			throw malformed(chars, start, end);
		}
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException(
					"'" + new String(chars, start, end - start) + "' names month " + month + "; there are twelve");
		}
		return 4 + month;
	}

	/** The value of {@code count} decimal digits at {@code at}, or -1 if any is not a digit. */
	private static int digits(char[] chars, int at, int count) {
		int value = 0;
		for (int i = at; i < at + count; i++) {
			int digit = chars[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	private static int subIndex(String subAnnual) {
		if (subAnnual == null) {
			return 0;
		}
		for (int i = 1; i < SUB_ANNUAL.length; i++) {
			if (SUB_ANNUAL[i].equals(subAnnual)) {
				return i;
			}
		}
		throw new IllegalArgumentException("'" + subAnnual + "' is neither a quarter (Q1 to Q4) nor a month (M01 to M12)");
	}

	private static IllegalArgumentException malformed(char[] chars, int start, int end) {
		return new IllegalArgumentException(
				"'" + new String(chars, start, end - start) + "' is not a period; expected " + FORMS);
	}

}
