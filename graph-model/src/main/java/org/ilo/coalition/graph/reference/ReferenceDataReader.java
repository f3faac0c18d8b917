package org.ilo.coalition.graph.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.indicator.SeverityScale;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the reference data files from the classpath and checks them, so that a bad edit fails with the file and line
 * before anything is written to the graph.
 */
public final class ReferenceDataReader {

	/** Where the files live on the classpath. */
	public static final String LOCATION = "reference/";

	static final String MEMBER_STATES = LOCATION + "ilo-member-states.csv";

	static final String THEMATIC_AREAS = LOCATION + "thematic-areas.csv";

	static final String FUNCTIONAL_AREAS = LOCATION + "functional-areas.csv";

	static final String PRIORITY_PROGRAMMES = LOCATION + "priority-programmes.csv";

	static final String EXPERTISE = LOCATION + "expertise.csv";

	static final String INDICATORS = LOCATION + "indicators.csv";

	static final String INDICATOR_SERIES = LOCATION + "indicator-series.csv";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Pattern SDG_CODE = Pattern.compile("\\d{1,2}\\.[0-9a-z]{1,2}\\.\\d{1,2}");

	private static final Pattern CLASSIF = Pattern.compile("[A-Z0-9]+(_[A-Z0-9.+-]+)+");

	private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

	private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

	private static final String LIST_SEPARATOR = ";";

	private ReferenceDataReader() {
	}

	/** Reads and checks every reference file shipped on the classpath. */
	public static ReferenceData read() {
		List<ThematicArea> thematicAreas = parseThematicAreas(THEMATIC_AREAS, text(THEMATIC_AREAS));
		Map<String, ThematicArea> areasByCode = thematicAreas.stream()
			.collect(Collectors.toMap(ThematicArea::code, Function.identity()));
		return new ReferenceData(parseMemberStates(MEMBER_STATES, text(MEMBER_STATES)), thematicAreas,
				parseFunctionalAreas(FUNCTIONAL_AREAS, text(FUNCTIONAL_AREAS)),
				parsePriorityProgrammes(PRIORITY_PROGRAMMES, text(PRIORITY_PROGRAMMES)),
				parseExpertise(EXPERTISE, text(EXPERTISE), areasByCode),
				parseIndicators(INDICATORS, text(INDICATORS), areasByCode,
						parseSeries(INDICATOR_SERIES, text(INDICATOR_SERIES))));
	}

	static List<Country> parseMemberStates(String file, String text) {
		List<Country> countries = new ArrayList<>();
		Map<String, Integer> iso3Lines = new HashMap<>();
		Map<String, Integer> iso2Lines = new HashMap<>();
		for (ReferenceCsv.Row row : ReferenceCsv.parse(file, text, List.of("iso3", "iso2", "name", "ilo_region"))) {
			String iso3 = matching(row, 0, "iso3", ISO3);
			String iso2 = matching(row, 1, "iso2", ISO2);
			unique(row, iso3Lines, iso3, "ISO3 code");
			unique(row, iso2Lines, iso2, "ISO2 code");
			String regionName = row.required(3, "ilo_region");
			IloRegion region = IloRegion.fromDisplayName(regionName)
				.orElseThrow(() -> row.error("unknown ILO region '" + regionName + "' for " + iso3 + "; expected one of "
						+ Arrays.stream(IloRegion.values()).map(IloRegion::displayName).collect(Collectors.joining(", "))));
			countries.add(new Country(iso3, iso2, row.required(2, "name"), true, ReferenceData.regionOf(region)));
		}
		return List.copyOf(countries);
	}

	static List<ThematicArea> parseThematicAreas(String file, String text) {
		return parseCoded(file, text, List.of("code", "name", "description", "paragraphs"),
				(row) -> new ThematicArea(code(row), row.required(1, "name"), row.required(2, "description"),
						row.required(3, "paragraphs")));
	}

	static List<FunctionalArea> parseFunctionalAreas(String file, String text) {
		return parseCoded(file, text, List.of("code", "name", "description"),
				(row) -> new FunctionalArea(code(row), row.required(1, "name"), row.required(2, "description")));
	}

	static List<PriorityProgramme> parsePriorityProgrammes(String file, String text) {
		return parseCoded(file, text, List.of("code", "name", "description"),
				(row) -> new PriorityProgramme(code(row), row.required(1, "name"), row.required(2, "description")));
	}

	static List<Expertise> parseExpertise(String file, String text, Map<String, ThematicArea> areasByCode) {
		return parseCoded(file, text, List.of("code", "name", "description", "thematic_areas"), (row) -> {
			List<String> codes = Arrays.stream(row.required(3, "thematic_areas").split(LIST_SEPARATOR, -1))
				.map(String::strip)
				.toList();
			if (codes.size() > 3) {
				throw row.error("an expertise belongs to one to three thematic areas, not " + codes.size());
			}
			if (codes.stream().distinct().count() != codes.size()) {
				throw row.error("thematic area listed twice in " + row.get(3));
			}
			List<ThematicArea> areas = codes.stream().map((code) -> area(row, code, areasByCode)).toList();
			return new Expertise(code(row), row.required(1, "name"), row.required(2, "description"), areas);
		});
	}

	static List<Indicator> parseIndicators(String file, String text, Map<String, ThematicArea> areasByCode,
			List<IndicatorSeries> series) {
		Map<String, List<IndicatorSeries>> seriesByIndicator = new LinkedHashMap<>();
		series.forEach((s) -> seriesByIndicator.computeIfAbsent(s.indicatorCode(), (c) -> new ArrayList<>()).add(s));
		List<Indicator> indicators = parseCoded(file, text, List.of("code", "name", "thematic_area"), (row) -> {
			String code = matching(row, 0, "code", SDG_CODE);
			List<IndicatorSeries> own = seriesByIndicator.get(code);
			if (own == null) {
				throw row.error("indicator " + code + " has no series in " + INDICATOR_SERIES);
			}
			return new Indicator(code, row.required(1, "name"), area(row, row.required(2, "thematic_area"), areasByCode),
					own);
		});
		indicators.forEach((i) -> seriesByIndicator.remove(i.code()));
		if (!seriesByIndicator.isEmpty()) {
			throw new IllegalStateException(INDICATOR_SERIES + ": series of unknown indicators " + seriesByIndicator);
		}
		return indicators;
	}

	static List<IndicatorSeries> parseSeries(String file, String text) {
		List<String> header = List.of("series", "indicator", "name", "unit", "higher_is_worse", "thresholds",
				"headline");
		return parseCoded(file, text, header, (row) -> {
			String id = matching(row, 0, "series", CODE);
			String indicator = matching(row, 1, "indicator", SDG_CODE);
			boolean higherIsWorse = bool(row, 4, "higher_is_worse");
			List<Double> thresholds = row.get(5).isBlank() ? List.of() : thresholds(row);
			if (!thresholds.isEmpty()) {
				try {
					new SeverityScale(thresholds, higherIsWorse);
				}
				catch (IllegalArgumentException ex) {
					throw row.error(ex.getMessage());
				}
			}
			List<String> headline = row.get(6).isBlank() ? List.of()
					: Arrays.stream(row.get(6).split(LIST_SEPARATOR, -1)).map(String::strip).toList();
			for (String code : headline) {
				if (!code.equals(IndicatorSeries.ANY_TOTAL) && !CLASSIF.matcher(code).matches()) {
					throw row.error("headline code '" + code + "' is neither a classification code nor "
							+ IndicatorSeries.ANY_TOTAL);
				}
			}
			return new IndicatorSeries(id, indicator, row.required(2, "name"), row.required(3, "unit"), higherIsWorse,
					thresholds, headline);
		});
	}

	// Every coded file shares the same duplicate check on its first column, whatever kind of code it holds.
	private static <T> List<T> parseCoded(String file, String text, List<String> header,
			Function<ReferenceCsv.Row, T> mapper) {
		Map<String, Integer> codeLines = new LinkedHashMap<>();
		List<T> entries = new ArrayList<>();
		for (ReferenceCsv.Row row : ReferenceCsv.parse(file, text, header)) {
			T entry = mapper.apply(row);
			unique(row, codeLines, row.get(0), "code");
			entries.add(entry);
		}
		return List.copyOf(entries);
	}

	private static String code(ReferenceCsv.Row row) {
		return matching(row, 0, "code", CODE);
	}

	private static String matching(ReferenceCsv.Row row, int index, String column, Pattern pattern) {
		String value = row.required(index, column);
		if (!pattern.matcher(value).matches()) {
			throw row.error("column " + column + " has '" + value + "', which does not match " + pattern.pattern());
		}
		return value;
	}

	private static void unique(ReferenceCsv.Row row, Map<String, Integer> seen, String value, String what) {
		Integer firstLine = seen.putIfAbsent(value, row.line());
		if (firstLine != null) {
			throw row.error("duplicate " + what + " " + value + " (first on line " + firstLine + ")");
		}
	}

	private static ThematicArea area(ReferenceCsv.Row row, String code, Map<String, ThematicArea> areasByCode) {
		ThematicArea area = areasByCode.get(code);
		if (area == null) {
			throw row.error("unknown thematic area code '" + code + "'; expected one of "
					+ String.join(", ", areasByCode.keySet().stream().sorted().toList()));
		}
		return area;
	}

	private static boolean bool(ReferenceCsv.Row row, int index, String column) {
		String value = row.required(index, column);
		// Boolean.parseBoolean would quietly read a typo such as "ture" as false.
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw row.error("column " + column + " must be true or false, not '" + value + "'");
		};
	}

	private static List<Double> thresholds(ReferenceCsv.Row row) {
		String[] parts = row.required(5, "thresholds").split(LIST_SEPARATOR, -1);
		if (parts.length != 4) {
			throw row.error("expected exactly four thresholds separated by '" + LIST_SEPARATOR + "' but found "
					+ parts.length + ": " + row.get(5));
		}
		List<Double> thresholds = new ArrayList<>();
		for (String part : parts) {
			try {
				double value = Double.parseDouble(part.strip());
				if (!Double.isFinite(value)) {
					throw new NumberFormatException();
				}
				thresholds.add(value);
			}
			catch (NumberFormatException ex) {
				throw row.error("threshold '" + part.strip() + "' is not a number");
			}
		}
		return List.copyOf(thresholds);
	}

	private static String text(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the reference data file " + path, ex);
		}
	}

}
