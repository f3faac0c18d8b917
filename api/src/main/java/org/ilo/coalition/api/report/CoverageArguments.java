package org.ilo.coalition.api.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.report.CoverageDimension;
import org.ilo.coalition.graph.report.CoverageQuery;
import org.ilo.coalition.graph.report.ResourcesMobilizedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks the arguments of the coverage report, whether they came as GraphQL arguments or as the CSV and JSON URLs'
 * parameters, and makes the one {@link CoverageQuery} of both: unknown codes, a dimension twice or a period that
 * ends before it starts are a BAD_REQUEST naming the argument. The resources-mobilized report shares the filters and
 * the period, and so these checks ({@link #mobilized}).
 */
@Component
public class CoverageArguments {

	/** Most values a list argument may hold. */
	static final int MAX_VALUES = 200;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final ReferenceArguments references;

	public CoverageArguments(ReferenceArguments references) {
		this.references = references;
	}

	/**
	 * The query, each argument named as the caller spelled it ({@code prefix} + name, such as {@code filter.countries}
	 * or {@code country}).
	 */
	CoverageQuery query(Names names, @Nullable List<IloRegion> regions, @Nullable List<String> countries,
			@Nullable List<String> thematicAreas, @Nullable List<String> programmes,
			@Nullable List<PartnerKind> partnerKinds, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable List<CoverageDimension> groupBy) {
		period(names, from, to);
		List<CoverageDimension> dimensions = groupBy == null ? List.of() : groupBy;
		Set<CoverageDimension> seen = EnumSet.noneOf(CoverageDimension.class);
		for (CoverageDimension dimension : dimensions) {
			if (!seen.add(dimension)) {
				throw new BadRequestException(names.groupBy(), "names " + dimension + " twice");
			}
		}
		return new CoverageQuery(
				distinct(names.regions(), regions, (a, r) -> r.name()),
				distinct(names.countries(), countries, this.references::country),
				distinct(names.thematicAreas(), thematicAreas, this.references::thematicArea),
				distinct(names.programmes(), programmes, this.references::programme),
				distinct(names.partnerKinds(), partnerKinds, (a, k) -> k.name()), from, to, dimensions);
	}

	/** The resources-mobilized report's query, its arguments checked and named as for the coverage report. */
	ResourcesMobilizedQuery mobilized(Names names, @Nullable List<IloRegion> regions, @Nullable List<String> countries,
			@Nullable List<String> thematicAreas, @Nullable List<PartnerKind> partnerKinds, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		period(names, from, to);
		return new ResourcesMobilizedQuery(
				distinct(names.regions(), regions, (a, r) -> r.name()),
				distinct(names.countries(), countries, this.references::country),
				distinct(names.thematicAreas(), thematicAreas, this.references::thematicArea),
				distinct(names.partnerKinds(), partnerKinds, (a, k) -> k.name()), from, to);
	}

	private static void period(Names names, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException(names.to(), "must not be before " + names.from() + " (" + from + "), was " + to);
		}
	}

	/**
	 * The distinct codes of a list argument, each checked by {@code check} (which throws a BAD_REQUEST naming
	 * {@code argument}); at most {@value #MAX_VALUES} values. Shared with {@link GapArguments}.
	 */
	static <T> List<String> distinct(String argument, @Nullable List<T> values,
			BiFunction<String, T, String> check) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_VALUES) {
			throw new BadRequestException(argument, "may hold at most " + MAX_VALUES + " values");
		}
		List<String> codes = new ArrayList<>();
		for (T value : values) {
			String code = check.apply(argument, value);
			if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	/** How the caller names each argument. */
	record Names(String regions, String countries, String thematicAreas, String programmes, String partnerKinds,
			String from, String to, String groupBy) {

		/** The GraphQL field's arguments. */
		static final Names GRAPHQL = new Names("filter.regions", "filter.countries", "filter.thematicAreas",
				"filter.programmes", "filter.partnerKinds", "period.from", "period.to", "groupBy");

		/** The CSV and JSON URLs' query parameters. */
		static final Names URL = new Names("region", "country", "thematicArea", "programme", "partnerKind", "from",
				"to", "groupBy");

	}

}
