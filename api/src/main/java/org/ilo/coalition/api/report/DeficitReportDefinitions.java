package org.ilo.coalition.api.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.DeficitObservationRepository;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorCoverage;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.report.DeficitPicture;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The three public reports of the deficit picture (docs/reports.md, "Deficit picture") as CSV and JSON: the severity
 * bands ({@code deficit-picture}), the most severe deficits ({@code most-severe-deficits}) and the data coverage per
 * indicator ({@code data-coverage}). Their JSON shapes carry codes and names, as the CSVs do.
 */
@Configuration(proxyBeanMethods = false)
public class DeficitReportDefinitions {

	/** Most deficits the most-severe list gives at once. */
	public static final int MAX_DEFICITS = 500;

	/** A code with its name. */
	public record Named(String code, String name) {
	}

	/** The severity bands asked for: by region, area and band. */
	public record DeficitPictureReport(@Nullable String region, @Nullable String thematicArea, List<BandRow> bands) {
	}

	/** Member States of one region in one band for one area; {@code severity} {@code null} for no data. */
	public record BandRow(Named region, Named thematicArea, @Nullable Integer severity, long memberStates) {
	}

	/** The most severe deficits asked for, worst first. */
	public record MostSevereDeficitsReport(@Nullable String region, @Nullable String thematicArea, int first,
			List<DeficitRow> deficits) {
	}

	/** A member State's latest figure of an indicator. */
	public record DeficitRow(Named country, Named region, Named indicator, @Nullable String series, int year,
			double value, int severity, @Nullable String source) {
	}

	/** How far each indicator's figures cover the membership. */
	public record DataCoverageReport(List<DataCoverageRow> indicators) {
	}

	/** One indicator's coverage. */
	public record DataCoverageRow(Named indicator, Named thematicArea, int memberStatesWithData,
			int memberStatesWithoutData, @Nullable Integer firstYear, @Nullable Integer lastYear, long observations) {
	}

	@Bean
	ReportDefinition<DeficitPictureReport> deficitPictureReport(DeficitPicture picture, ReferenceCatalog catalog) {
		return new PublicReport<>("deficit-picture", Set.of("region", "thematicArea"), DeficitPictureReport.class) {

			@Override
			public DeficitPictureReport compute(ReportParameters parameters) {
				String region = region(parameters);
				String area = area(catalog, parameters);
				List<BandRow> rows = picture.bands(region, area).stream()
					.map((b) -> new BandRow(region(catalog, b.region()), area(catalog, b.thematicArea()),
							b.band() == 0 ? null : b.band(), b.memberStates()))
					.toList();
				return new DeficitPictureReport(region, area, rows);
			}

			@Override
			public byte[] csv(DeficitPictureReport report, ReportParameters parameters) {
				ReportCsv csv = new ReportCsv(List.of("region", "region_name", "thematic_area", "thematic_area_name",
						"severity", "member_states"));
				report.bands().forEach((b) -> csv.line(List.of(b.region().code(), b.region().name(),
						b.thematicArea().code(), b.thematicArea().name(), text(b.severity()), b.memberStates())));
				return csv.bytes();
			}

		};
	}

	@Bean
	ReportDefinition<MostSevereDeficitsReport> mostSevereDeficitsReport(DeficitPicture picture,
			ReferenceCatalog catalog) {
		return new PublicReport<>("most-severe-deficits", Set.of("region", "thematicArea", "first"),
				MostSevereDeficitsReport.class) {

			@Override
			public MostSevereDeficitsReport compute(ReportParameters parameters) {
				String region = region(parameters);
				String area = area(catalog, parameters);
				int first = parameters.integer("first", 20, 1, MAX_DEFICITS);
				return mostSevere(picture, catalog, region, area, first);
			}

			@Override
			public byte[] csv(MostSevereDeficitsReport report, ReportParameters parameters) {
				ReportCsv csv = new ReportCsv(List.of("country", "country_name", "region", "region_name", "indicator",
						"indicator_name", "series", "year", "value", "severity", "source"));
				report.deficits().forEach((d) -> csv.line(java.util.Arrays.asList(d.country().code(),
						d.country().name(), d.region().code(), d.region().name(), d.indicator().code(),
						d.indicator().name(), d.series(), d.year(), d.value(), d.severity(), d.source())));
				return csv.bytes();
			}

		};
	}

	@Bean
	ReportDefinition<DataCoverageReport> dataCoverageReport(DeficitObservationRepository observations,
			ReferenceCatalog catalog) {
		return new PublicReport<>("data-coverage", Set.of(), DataCoverageReport.class) {

			@Override
			public DataCoverageReport compute(ReportParameters parameters) {
				Map<String, IndicatorCoverage> coverage = observations.coverage();
				int memberStates = (int) catalog.countries().stream().filter((c) -> c.memberState()).count();
				List<DataCoverageRow> rows = new ArrayList<>();
				for (Indicator indicator : catalog.indicators().stream()
					.sorted(Comparator.comparing(Indicator::code)).toList()) {
					IndicatorCoverage c = coverage.getOrDefault(indicator.code(),
							new IndicatorCoverage(indicator.code(), 0, memberStates, null, null, 0));
					rows.add(new DataCoverageRow(new Named(indicator.code(), indicator.name()),
							new Named(indicator.thematicArea().code(), indicator.thematicArea().name()),
							c.memberStatesWithData(), c.memberStatesWithoutData(), c.firstYear(), c.lastYear(),
							c.observations()));
				}
				return new DataCoverageReport(rows);
			}

			@Override
			public byte[] csv(DataCoverageReport report, ReportParameters parameters) {
				ReportCsv csv = new ReportCsv(List.of("indicator", "indicator_name", "thematic_area",
						"thematic_area_name", "member_states_with_data", "member_states_without_data", "first_year",
						"last_year", "observations"));
				report.indicators().forEach((r) -> csv.line(java.util.Arrays.asList(r.indicator().code(),
						r.indicator().name(), r.thematicArea().code(), r.thematicArea().name(),
						r.memberStatesWithData(), r.memberStatesWithoutData(), r.firstYear(), r.lastYear(),
						r.observations())));
				return csv.bytes();
			}

		};
	}

	/** The most severe deficits, with names: the GraphQL field's answer too. */
	static MostSevereDeficitsReport mostSevere(DeficitPicture picture, ReferenceCatalog catalog,
			@Nullable String region, @Nullable String area, int first) {
		List<DeficitRow> rows = picture.mostSevere(region, area, first).stream()
			.map((d) -> new DeficitRow(
					new Named(d.country(), catalog.country(d.country()).map((c) -> c.name()).orElse(d.country())),
					region(catalog, d.region()),
					new Named(d.indicator(), catalog.indicator(d.indicator()).map(Indicator::name).orElse(d.indicator())),
					d.series(), d.year(), d.value(), d.severity(), d.source()))
			.toList();
		return new MostSevereDeficitsReport(region, area, first, rows);
	}

	private static @Nullable String region(ReportParameters parameters) {
		IloRegion region = parameters.enumValue("region", IloRegion.class);
		return region == null ? null : region.name();
	}

	private static @Nullable String area(ReferenceCatalog catalog, ReportParameters parameters) {
		String area = parameters.single("thematicArea");
		if (area != null && catalog.thematicArea(area).isEmpty()) {
			throw new BadRequestException("thematicArea", "is not the code of a thematic area: '"
					+ ReportParameters.shorten(area) + "'");
		}
		return area;
	}

	private static Named region(ReferenceCatalog catalog, String code) {
		return new Named(code, catalog.region(code).map(Region::name).orElse(code));
	}

	private static Named area(ReferenceCatalog catalog, String code) {
		return new Named(code, catalog.thematicArea(code).map(ThematicArea::name).orElse(code));
	}

	private static String text(@Nullable Integer value) {
		return value == null ? "" : value.toString();
	}

	/** A report anyone may read. */
	private abstract static class PublicReport<R> implements ReportDefinition<R> {

		private final String name;

		private final Set<String> parameters;

		private final Class<R> type;

		PublicReport(String name, Set<String> parameters, Class<R> type) {
			this.name = name;
			this.parameters = parameters;
			this.type = type;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public Set<String> parameters() {
			return this.parameters;
		}

		@Override
		public boolean isPublic() {
			return true;
		}

		@Override
		public Class<R> type() {
			return this.type;
		}

	}

}
