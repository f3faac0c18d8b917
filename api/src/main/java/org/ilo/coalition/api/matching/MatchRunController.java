package org.ilo.coalition.api.matching;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.matching.MatchRunStatus;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchScope;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.matching.SuggestionStatus;
import org.ilo.coalition.graph.matching.UnmetRequest;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Matching runs: start, cancel, read, follow; for the secretariat (and, reading, the coordination group). */
@Controller
public class MatchRunController {

	static final String TYPE = "MatchRun";

	private static final String SUGGESTIONS_LOADER = "matchRunSuggestions";

	private final MatchingRuns matching;

	private final MatchRunStore runs;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	private final SupportRequestRepository requests;

	public MatchRunController(MatchingRuns matching, MatchRunStore runs, MatchSuggestionStore suggestions,
			ReferenceCatalog catalog, ReferenceArguments references, SupportRequestRepository requests,
			BatchLoaderRegistry loaders) {
		this.matching = matching;
		this.runs = runs;
		this.catalog = catalog;
		this.references = references;
		this.requests = requests;
		// A DataLoader rather than @BatchMapping because the field takes arguments.
		loaders.<RunSuggestions, ResultPage<MatchSuggestionView>>forName(SUGGESTIONS_LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> pagesOf(keys, suggestions)));
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public MatchRunView matchRun(@Argument String id) {
		return this.matching.find(GlobalId.keyOf("id", TYPE, id)).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public Connection<MatchRunView> matchRuns(@Argument Integer first, @Argument String after) {
		int size = PageArguments.first(first, 20);
		return Connection.of(this.runs.findPage(size, PageArguments.after(MatchRunStore.ORDERING, after))
			.map(this.matching::withLiveScore), MatchRunStore::cursorOf, after != null);
	}

	// The coordination group runs matching too: it starts a run from the console and reviews what it finds
	// (issue 16, docs/security.md).
	@MutationMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public MatchRunView startMatching(@Argument StartMatchingInput input, @Nullable Principal principal) {
		return this.matching.start(Callers.of(principal).actor(), input.toScope(this.references), input.timeLimitSeconds());
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public MatchRunView cancelMatching(@Argument String runId, @Nullable Principal principal) {
		return this.matching.cancel(Callers.of(principal).actor(), GlobalId.keyOf("runId", TYPE, runId));
	}

	@SubscriptionMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public Flux<MatchRunView> matchRunProgress(@Argument String runId) {
		return this.matching.progress(GlobalId.keyOf("runId", TYPE, runId));
	}

	@SchemaMapping(typeName = TYPE)
	public String id(MatchRunView run) {
		return GlobalId.of(TYPE, run.id());
	}

	@SchemaMapping(typeName = TYPE)
	public CompletableFuture<Connection<MatchSuggestionView>> suggestions(MatchRunView run,
			@Argument SuggestionStatus status, @Argument Integer first, @Argument String after,
			DataLoader<RunSuggestions, ResultPage<MatchSuggestionView>> matchRunSuggestions) {
		// Runs are visible to the secretariat and the coordination group only, who see every suggestion.
		RunSuggestions key = new RunSuggestions(run.id(), status, PageArguments.first(first, 20),
				MatchSuggestionController.after(after));
		return matchRunSuggestions.load(key)
			.thenApply((page) -> Connection.of(page, MatchSuggestionStore::cursorOf, after != null));
	}

	// One statement for every run of a list; only completed runs have any.
	@BatchMapping(typeName = TYPE)
	public Map<MatchRunView, List<UnmetRequest>> unmetRequests(List<MatchRunView> runs) {
		List<String> completed = runs.stream().filter((run) -> run.status() == MatchRunStatus.COMPLETED)
			.map(MatchRunView::id).distinct().toList();
		Map<String, List<UnmetRequest>> byRun = completed.isEmpty() ? Map.of() : this.runs.findUnmetByRuns(completed);
		Map<MatchRunView, List<UnmetRequest>> unmet = new HashMap<>();
		runs.forEach((run) -> unmet.put(run, byRun.getOrDefault(run.id(), List.of())));
		return unmet;
	}

	@BatchMapping(typeName = "UnmetRequest")
	public Map<UnmetRequest, SupportRequestView> request(List<UnmetRequest> unmet) {
		Map<String, SupportRequestView> byId = this.requests
			.findViewsByIds(unmet.stream().map(UnmetRequest::requestId).distinct().toList()).stream()
			.collect(Collectors.toMap(SupportRequestView::id, (view) -> view, (one, other) -> one));
		Map<UnmetRequest, SupportRequestView> views = new HashMap<>();
		unmet.forEach((request) -> {
			SupportRequestView view = byId.get(request.requestId());
			if (view != null) {
				views.put(request, view);
			}
		});
		return views;
	}

	@SchemaMapping(typeName = "UnmetRequest")
	public double unmetAmount(UnmetRequest unmet) {
		return unmet.amount();
	}

	// Every run of a list asks for the same page (the field's arguments); runs asked for other pages, through
	// aliases, are read with one statement per distinct page.
	private static Map<RunSuggestions, ResultPage<MatchSuggestionView>> pagesOf(Set<RunSuggestions> keys,
			MatchSuggestionStore suggestions) {
		Map<RunSuggestions, ResultPage<MatchSuggestionView>> pages = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(RunSuggestions::page)).forEach((page, sameArguments) -> {
			Map<String, ResultPage<MatchSuggestionView>> byRun = suggestions.findPagesByRuns(
					sameArguments.stream().map(RunSuggestions::runId).toList(), page.status(), page.first(), page.after());
			sameArguments.forEach((key) -> pages.put(key, byRun.get(key.runId())));
		});
		return pages;
	}

	/** One run's page of suggestions, as a batch-loader key. */
	record RunSuggestions(String runId, @Nullable SuggestionStatus status, int first, @Nullable Cursor after) {

		Page page() {
			return new Page(this.status, this.first, this.after);
		}

		record Page(@Nullable SuggestionStatus status, int first, @Nullable Cursor after) {
		}

	}

	@SchemaMapping(typeName = "MatchScope")
	public List<Country> countries(MatchScope scope) {
		return this.catalog.resolve(scope.countries(), this.catalog::country);
	}

	@SchemaMapping(typeName = "MatchScope")
	public List<ThematicArea> thematicAreas(MatchScope scope) {
		return this.catalog.resolve(scope.thematicAreas(), this.catalog::thematicArea);
	}

	@SchemaMapping(typeName = "MatchScope")
	public List<String> requestIds(MatchScope scope) {
		return scope.requestIds().stream().map((id) -> GlobalId.of("SupportRequest", id)).toList();
	}

}
