package org.ilo.coalition.api.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The schema's {@code Date}: an ISO 8601 calendar date, read strictly. {@code ExtendedScalars.Date} parses with
 * {@code yyyy-MM-dd} and the SMART resolver, which silently turns 2027-02-30 into 2027-02-28 and explains bad input
 * in java.time's terms ("YearOfEra (valid values ...)").
 */
public final class DateScalar {

	/** What a date argument must look like; the end of every message about a date the scalar refuses. */
	public static final String EXPECTED = "must be a date as YYYY-MM-DD, such as 2027-06-30";

	// uuuu (proleptic year), not yyyy: STRICT resolution of a year of era would also need an era.
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar().name("Date")
		.description("A calendar date, ISO 8601, for example `2027-03-31`.").coercing(new DateCoercing()).build();

	private DateScalar() {
	}

	/** The date {@code text} names, or {@code null} when it names none (malformed, or a day the month lacks). */
	static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text, FORMAT);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String refusal(Object input) {
		return EXPECTED + ", was '" + input + "'";
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object result, GraphQLContext context, Locale locale) {
			LocalDate date = null;
			if (result instanceof LocalDate value) {
				date = value;
			}
			else if (result instanceof String text) {
				date = parse(text);
			}
			else if (result instanceof TemporalAccessor temporal) {
				try {
					date = LocalDate.from(temporal);
				}
				catch (DateTimeException ex) {
					// refused below
				}
			}
			if (date == null) {
				throw new CoercingSerializeException("Expected a date, was " + result.getClass().getSimpleName());
			}
			return FORMAT.format(date);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof LocalDate date) {
				return date;
			}
			LocalDate date = input instanceof String text ? parse(text) : null;
			if (date == null) {
				throw new CoercingParseValueException(refusal(input));
			}
			return date;
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			LocalDate date = input instanceof StringValue text ? parse(text.getValue()) : null;
			if (date == null) {
				throw new CoercingParseLiteralException(refusal(input instanceof StringValue text ? text.getValue() : input));
			}
			return date;
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.newStringValue(serialize(input, context, locale)).build();
		}

	}

}
