package org.ilo.coalition.graph.reference;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.CountryRepository;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.country.RegionRepository;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorRepository;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.ExpertiseRepository;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.FunctionalAreaRepository;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.PriorityProgrammeRepository;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.ilo.coalition.graph.taxonomy.ThematicAreaRepository;
import org.springframework.stereotype.Component;

/**
 * An in-memory snapshot of the reference data (regions, countries, taxonomies, indicators).
 *
 * <p>Reference data is small (a few hundred nodes) and changes only when the secretariat curates it, so nested
 * GraphQL fields such as a partner's country or an offer's thematic areas resolve from memory instead of costing a
 * Cypher statement per level. Call {@link #refresh()} after changing reference data.
 */
@Component
public class ReferenceCatalog {

	private final RegionRepository regions;

	private final CountryRepository countries;

	private final ThematicAreaRepository thematicAreas;

	private final FunctionalAreaRepository functionalAreas;

	private final PriorityProgrammeRepository programmes;

	private final ExpertiseRepository expertise;

	private final IndicatorRepository indicators;

	private volatile Snapshot snapshot;

	public ReferenceCatalog(RegionRepository regions, CountryRepository countries, ThematicAreaRepository thematicAreas,
			FunctionalAreaRepository functionalAreas, PriorityProgrammeRepository programmes,
			ExpertiseRepository expertise, IndicatorRepository indicators) {
		this.regions = regions;
		this.countries = countries;
		this.thematicAreas = thematicAreas;
		this.functionalAreas = functionalAreas;
		this.programmes = programmes;
		this.expertise = expertise;
		this.indicators = indicators;
	}

	/** Reloads the snapshot from the graph. */
	public void refresh() {
		this.snapshot = new Snapshot(
				index(this.regions.findAll(), Region::code, Comparator.comparing(Region::code)),
				index(this.countries.findAll(), Country::iso3, Comparator.comparing(Country::name).thenComparing(Country::iso3)),
				index(this.thematicAreas.findAll(), ThematicArea::code, Comparator.comparing(ThematicArea::code)),
				index(this.functionalAreas.findAll(), FunctionalArea::code, Comparator.comparing(FunctionalArea::code)),
				index(this.programmes.findAll(), PriorityProgramme::code, Comparator.comparing(PriorityProgramme::code)),
				index(this.expertise.findAll(), Expertise::code, Comparator.comparing(Expertise::code)),
				index(this.indicators.findAll(), Indicator::code, Comparator.comparing(Indicator::code)));
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			synchronized (this) {
				if (this.snapshot == null) {
					refresh();
				}
				current = this.snapshot;
			}
		}
		return current;
	}

	private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key, Comparator<T> order) {
		return items.stream().sorted(order).collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
				LinkedHashMap::new));
	}

	public List<Region> regions() {
		return List.copyOf(snapshot().regions().values());
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(snapshot().regions().get(code));
	}

	/** All countries ordered by name, then ISO3. */
	public List<Country> countries() {
		return List.copyOf(snapshot().countries().values());
	}

	public Optional<Country> country(String iso3) {
		return Optional.ofNullable(snapshot().countries().get(iso3));
	}

	public List<ThematicArea> thematicAreas() {
		return List.copyOf(snapshot().thematicAreas().values());
	}

	public Optional<ThematicArea> thematicArea(String code) {
		return Optional.ofNullable(snapshot().thematicAreas().get(code));
	}

	public List<FunctionalArea> functionalAreas() {
		return List.copyOf(snapshot().functionalAreas().values());
	}

	public Optional<FunctionalArea> functionalArea(String code) {
		return Optional.ofNullable(snapshot().functionalAreas().get(code));
	}

	public List<PriorityProgramme> priorityProgrammes() {
		return List.copyOf(snapshot().programmes().values());
	}

	public Optional<PriorityProgramme> priorityProgramme(String code) {
		return Optional.ofNullable(snapshot().programmes().get(code));
	}

	public List<Expertise> expertise() {
		return List.copyOf(snapshot().expertise().values());
	}

	public Optional<Expertise> expertise(String code) {
		return Optional.ofNullable(snapshot().expertise().get(code));
	}

	public List<Indicator> indicators() {
		return List.copyOf(snapshot().indicators().values());
	}

	public Optional<Indicator> indicator(String code) {
		return Optional.ofNullable(snapshot().indicators().get(code));
	}

	/** Resolves codes in order, skipping any that the catalog does not know. */
	public <T> List<T> resolve(Collection<String> codes, Function<String, Optional<T>> lookup) {
		return codes.stream().map(lookup).flatMap(Optional::stream).toList();
	}

	private record Snapshot(Map<String, Region> regions, Map<String, Country> countries,
			Map<String, ThematicArea> thematicAreas, Map<String, FunctionalArea> functionalAreas,
			Map<String, PriorityProgramme> programmes, Map<String, Expertise> expertise,
			Map<String, Indicator> indicators) {
	}

}
