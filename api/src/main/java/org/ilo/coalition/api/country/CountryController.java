package org.ilo.coalition.api.country;

import java.security.Principal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.partner.PartnerController;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.DeficitObservationRepository;
import org.ilo.coalition.graph.indicator.DeficitView;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.strategy.NationalStrategyRepository;
import org.ilo.coalition.graph.strategy.StrategyView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Countries and regions: {@code Query.countries}, {@code Query.country}, {@code Query.regions} and their fields. */
@Controller
public class CountryController {

	static final String TYPE = "Country";

	static final String ORDERING = "country";

	private static final String DEFICITS_LOADER = "countryDeficits";

	private static final Comparator<Country> ORDER = Comparator.comparing(Country::name).thenComparing(Country::iso3);

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	private final PartnerRepository partners;

	private final NationalStrategyRepository strategies;

	private final SupportRequestRepository requests;

	private final DeficitObservationRepository deficits;

	public CountryController(ReferenceCatalog catalog, ReferenceArguments references, PartnerRepository partners,
			NationalStrategyRepository strategies, SupportRequestRepository requests,
			DeficitObservationRepository deficits, BatchLoaderRegistry loaders) {
		this.catalog = catalog;
		this.references = references;
		this.partners = partners;
		this.strategies = strategies;
		this.requests = requests;
		this.deficits = deficits;
		// A DataLoader rather than @BatchMapping because the field takes an argument.
		loaders.<String, List<DeficitView>>forName(DEFICITS_LOADER)
			.registerMappedBatchLoader((iso3s, environment) -> Mono.fromCallable(() -> deficits.findLatestByCountries(iso3s)));
	}

	@QueryMapping
	public Connection<Country> countries(@Argument IloRegion region, @Argument String withoutDataFor,
			@Argument Integer first, @Argument String after) {
		int size = PageArguments.first(first, 50);
		Cursor cursor = PageArguments.after(ORDERING, after);
		String indicator = this.references.indicator("withoutDataFor", withoutDataFor);
		Set<String> withoutData = indicator == null ? null
				: Set.copyOf(this.deficits.memberStatesWithoutData(indicator));
		List<Country> matching = this.catalog.countries().stream()
			.filter((c) -> region == null || c.region().code().equals(region.name()))
			.filter((c) -> withoutData == null || withoutData.contains(c.iso3()))
			.toList();
		Country afterCountry = cursor == null ? null : new Country(cursor.id(), null, cursor.sortKey(), false, null);
		List<Country> rest = matching.stream().filter((c) -> afterCountry == null || ORDER.compare(c, afterCountry) > 0)
			.limit(size + 1L).toList();
		return Connection.of(ResultPage.ofLookahead(rest, size, matching.size()),
				(c) -> new Cursor(ORDERING, c.name(), c.iso3()), after != null);
	}

	@QueryMapping
	public Country country(@Argument String iso3) {
		return this.catalog.country(ReferenceArguments.iso3Format("iso3", iso3)).orElse(null);
	}

	@QueryMapping
	public List<Region> regions() {
		return this.catalog.regions();
	}

	@SchemaMapping(typeName = TYPE)
	public String id(Country country) {
		return GlobalId.of(TYPE, country.iso3());
	}

	@SchemaMapping(typeName = TYPE)
	public CompletableFuture<List<DeficitView>> deficits(Country country, @Argument String thematicArea,
			DataLoader<String, List<DeficitView>> countryDeficits) {
		String area = this.references.thematicArea("thematicArea", thematicArea);
		return countryDeficits.load(country.iso3()).thenApply((deficits) -> area == null ? deficits
				: deficits.stream().filter((d) -> this.catalog.indicator(d.indicatorCode())
					.map((i) -> i.thematicArea().code().equals(area)).orElse(false)).toList());
	}

	/**
	 * The indicators none of whose series has a figure in the country: those missing from its latest figures, read by
	 * the same loader as {@code deficits} (one statement for both fields and every country of the page).
	 */
	@SchemaMapping(typeName = TYPE)
	public CompletableFuture<List<Indicator>> indicatorsWithoutData(Country country,
			DataLoader<String, List<DeficitView>> countryDeficits) {
		return countryDeficits.load(country.iso3()).thenApply((deficits) -> {
			Set<String> withData = deficits.stream().map(DeficitView::indicatorCode).collect(Collectors.toSet());
			return this.catalog.indicators().stream().filter((i) -> !withData.contains(i.code())).toList();
		});
	}

	@BatchMapping(typeName = TYPE)
	public Map<Country, List<StrategyView>> nationalStrategies(List<Country> countries) {
		return byCountry(countries, this.strategies.findViewsByCountries(iso3s(countries)));
	}

	@BatchMapping(typeName = TYPE)
	public Map<Country, List<SupportRequestView>> supportRequests(List<Country> countries) {
		return byCountry(countries, this.requests.findViewsByCountries(iso3s(countries)));
	}

	@BatchMapping(typeName = TYPE)
	public Map<Country, List<PartnerView>> partners(List<Country> countries, @Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		Map<String, List<PartnerView>> visible = new HashMap<>();
		this.partners.findViewsByCountries(iso3s(countries)).forEach((iso3, list) -> visible.put(iso3,
				list.stream().filter((p) -> PartnerController.visible(p, caller)).toList()));
		return byCountry(countries, visible);
	}

	@SchemaMapping(typeName = "Region")
	public List<Country> countries(Region region) {
		return this.catalog.countries().stream().filter((c) -> c.region().code().equals(region.code())).toList();
	}

	private static List<String> iso3s(List<Country> countries) {
		return countries.stream().map(Country::iso3).distinct().toList();
	}

	private static <T> Map<Country, List<T>> byCountry(List<Country> countries, Map<String, List<T>> byIso3) {
		return countries.stream().distinct()
			.collect(Collectors.toMap(Function.identity(), (c) -> byIso3.getOrDefault(c.iso3(), List.of())));
	}

}
