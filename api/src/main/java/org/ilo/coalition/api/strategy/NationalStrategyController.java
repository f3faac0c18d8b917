package org.ilo.coalition.api.strategy;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.strategy.NationalStrategyRepository;
import org.ilo.coalition.graph.strategy.ObjectiveView;
import org.ilo.coalition.graph.strategy.StrategyDraft;
import org.ilo.coalition.graph.strategy.StrategyService;
import org.ilo.coalition.graph.strategy.StrategyView;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** National strategies and their objectives. */
@Controller
public class NationalStrategyController {

	static final String TYPE = "NationalStrategy";

	static final String OBJECTIVE = "Objective";

	private final NationalStrategyRepository strategies;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	private final StrategyService service;

	public NationalStrategyController(NationalStrategyRepository strategies, ReferenceCatalog catalog,
			ReferenceArguments references, StrategyService service) {
		this.service = service;
		this.strategies = strategies;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public List<StrategyView> nationalStrategies(@Argument String country) {
		String iso3 = this.references.country("country", country);
		return this.strategies.findViewsByCountries(List.of(iso3)).get(iso3);
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECRETARIAT') or @callers.isMemberState(authentication, #input.country(), 'input.country')")
	public StrategyView recordNationalStrategy(@Argument NationalStrategyInput input, @Nullable Principal principal) {
		String iso3 = this.references.memberState("input.country", input.country());
		Caller caller = Callers.of(principal);
		IdempotencyKey key = caller.idempotencyKey(Inputs.idempotencyKey("input.idempotencyKey", input.idempotencyKey()));
		StrategyDraft draft = input.validate(this.references, iso3, LocalDate.now(ZoneOffset.UTC));
		String id = (key == null) ? this.service.record(caller.actor(), draft) : this.service.record(caller.actor(), draft, key);
		return this.strategies.findViewsByIds(List.of(id)).get(0);
	}

	@SchemaMapping(typeName = TYPE)
	public String id(StrategyView strategy) {
		return GlobalId.of(TYPE, strategy.id());
	}

	@SchemaMapping(typeName = TYPE)
	public Country country(StrategyView strategy) {
		return this.catalog.country(strategy.countryIso3()).orElse(null);
	}

	@BatchMapping(typeName = TYPE)
	public Map<StrategyView, List<ObjectiveView>> objectives(List<StrategyView> strategyViews) {
		Map<String, List<ObjectiveView>> byId = this.strategies
			.findObjectivesByStrategies(strategyViews.stream().map(StrategyView::id).distinct().toList());
		return strategyViews.stream().distinct()
			.collect(Collectors.toMap(Function.identity(), (s) -> byId.getOrDefault(s.id(), List.of())));
	}

	@SchemaMapping(typeName = OBJECTIVE, field = "id")
	public String objectiveId(ObjectiveView objective) {
		return GlobalId.of(OBJECTIVE, objective.id());
	}

	@SchemaMapping(typeName = OBJECTIVE)
	public List<Indicator> addresses(ObjectiveView objective) {
		return this.catalog.resolve(objective.indicatorCodes(), this.catalog::indicator);
	}

	@SchemaMapping(typeName = OBJECTIVE)
	public List<Expertise> neededExpertise(ObjectiveView objective) {
		return this.catalog.resolve(objective.expertiseCodes(), this.catalog::expertise);
	}

	@SchemaMapping(typeName = OBJECTIVE)
	public List<PriorityProgramme> programmes(ObjectiveView objective) {
		return this.catalog.resolve(objective.programmeCodes(), this.catalog::priorityProgramme);
	}

}
