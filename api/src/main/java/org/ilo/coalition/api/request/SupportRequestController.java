package org.ilo.coalition.api.request;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestDraft;
import org.ilo.coalition.graph.request.SupportRequestFilter;

import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestService;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.strategy.NationalStrategyRepository;
import org.ilo.coalition.graph.strategy.ObjectiveView;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Support requests: {@code Query.supportRequests}, {@code Query.supportRequest} and the fields of the type. */
@Controller
public class SupportRequestController {

	static final String TYPE = "SupportRequest";

	private static final String IDEMPOTENCY_KEY = "input.idempotencyKey";

	private final SupportRequestRepository requests;

	private final NationalStrategyRepository strategies;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	private final SupportRequestService service;

	public SupportRequestController(SupportRequestRepository requests, NationalStrategyRepository strategies,
			ReferenceCatalog catalog, ReferenceArguments references, SupportRequestService service) {
		this.service = service;
		this.requests = requests;
		this.strategies = strategies;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public Connection<SupportRequestView> supportRequests(@Argument SupportRequestFilterInput filter,
			@Argument Integer first, @Argument String after) {
		int size = PageArguments.first(first, 20);
		SupportRequestFilter criteria = filter == null ? SupportRequestFilter.ALL : filter.toFilter(this.references);
		return Connection.of(
				this.requests.findPage(criteria, size, PageArguments.after(SupportRequestRepository.ORDERING, after)),
				SupportRequestRepository::cursorOf, after != null);
	}

	@QueryMapping
	public SupportRequestView supportRequest(@Argument String id) {
		return this.requests.findViewsByIds(List.of(GlobalId.keyOf("id", TYPE, id))).stream().findFirst().orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('MEMBER_STATE')")
	public SupportRequestView submitSupportRequest(@Argument SupportRequestInput input, @Nullable Principal principal) {
		String objectiveId = GlobalId.keyOf("input.objectiveId", "Objective", input.objectiveId());
		Caller caller = Callers.of(principal);
		ObjectiveView objective = this.strategies.findObjectivesByIds(List.of(objectiveId)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("input.objectiveId", "strategy objective", objectiveId));
		// The country is the objective's strategy's, in the graph: checked here rather than in @PreAuthorize.
		String iso3 = this.strategies.findViewsByIds(List.of(objective.strategyId())).get(0).countryIso3();
		caller.check(caller.isMemberState(iso3), "submit support requests for " + iso3);
		IdempotencyKey key = caller.idempotencyKey(Inputs.idempotencyKey(IDEMPOTENCY_KEY, input.idempotencyKey()));
		SupportRequestDraft draft = input.validate(objectiveId, LocalDate.now(ZoneOffset.UTC));
		String id = (key == null) ? this.service.submit(caller.actor(), draft) : this.service.submit(caller.actor(), draft, key);
		return this.requests.findViewsByIds(List.of(id)).get(0);
	}

	@MutationMapping
	@PreAuthorize("hasRole('MEMBER_STATE')")
	public SupportRequestView withdrawSupportRequest(@Argument String id, @Argument int version, @Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		Caller caller = Callers.of(principal);
		SupportRequestView request = this.requests.findViewsByIds(List.of(key)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("id", "support request", key));
		// The request's country is in the graph: checked here, after the existence check, rather than in @PreAuthorize.
		caller.check(caller.isMemberState(request.countryIso3()), "withdraw this support request");
		this.service.withdraw(caller.actor(), key, version);
		return this.requests.findViewsByIds(List.of(key)).get(0);
	}

	@SchemaMapping(typeName = TYPE)
	public String id(SupportRequestView request) {
		return GlobalId.of(TYPE, request.id());
	}

	@SchemaMapping(typeName = TYPE)
	public Country country(SupportRequestView request) {
		return this.catalog.country(request.countryIso3()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public List<ThematicArea> thematicAreas(SupportRequestView request) {
		return this.catalog.resolve(request.thematicAreaCodes(), this.catalog::thematicArea);
	}

	@BatchMapping(typeName = TYPE)
	public Map<SupportRequestView, ObjectiveView> objective(List<SupportRequestView> requestViews) {
		Map<String, ObjectiveView> byId = new HashMap<>();
		this.strategies.findObjectivesByIds(requestViews.stream().map(SupportRequestView::objectiveId)
			.filter(java.util.Objects::nonNull).distinct().toList()).forEach((o) -> byId.put(o.id(), o));
		return requestViews.stream().distinct().filter((r) -> byId.containsKey(r.objectiveId()))
			.collect(Collectors.toMap(Function.identity(), (r) -> byId.get(r.objectiveId())));
	}

}
