package org.ilo.coalition.api.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestFilter;
import org.ilo.coalition.graph.request.SupportRequestQueries;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.strategy.NationalStrategyRepository;
import org.ilo.coalition.graph.strategy.ObjectiveView;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Support requests: {@code Query.supportRequests}, {@code Query.supportRequest} and the fields of the type. */
@Controller
public class SupportRequestController {

	static final String TYPE = "SupportRequest";

	private final SupportRequestRepository requests;

	private final NationalStrategyRepository strategies;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	public SupportRequestController(SupportRequestRepository requests, NationalStrategyRepository strategies,
			ReferenceCatalog catalog, ReferenceArguments references) {
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
				this.requests.findPage(criteria, size, PageArguments.after(SupportRequestQueries.ORDERING, after)),
				SupportRequestQueries::cursorOf, after != null);
	}

	@QueryMapping
	public SupportRequestView supportRequest(@Argument String id) {
		return this.requests.findViewsByIds(List.of(GlobalId.keyOf("id", TYPE, id))).stream().findFirst().orElse(null);
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
