package org.ilo.coalition.api.matching;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.delivery.MatchResultStore;
import org.ilo.coalition.graph.delivery.MatchResultView;
import org.ilo.coalition.graph.delivery.MatchResults;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Results of a confirmed match: the member State's results and their values, {@code MatchSuggestion.results} and the
 * public {@code SupportRequest.results} (docs/matching.md, "After the review").
 */
@Controller
public class MatchResultController {

	static final String TYPE = "MatchResult";

	private static final String MATCH = MatchSuggestionController.TYPE;

	private final MatchResults results;

	private final MatchResultStore store;

	private final MatchSuggestionStore suggestions;

	private final ReferenceCatalog catalog;

	private final Clock clock;

	public MatchResultController(MatchResults results, MatchResultStore store, MatchSuggestionStore suggestions,
			ReferenceCatalog catalog, Clock clock) {
		this.results = results;
		this.store = store;
		this.suggestions = suggestions;
		this.catalog = catalog;
		this.clock = clock;
	}

	@MutationMapping
	@PreAuthorize("hasRole('MEMBER_STATE')")
	public MatchResultView recordResult(@Argument RecordResultInput input, @Nullable Principal principal) {
		String key = GlobalId.keyOf("input.matchId", MATCH, input.matchId());
		Caller caller = Callers.of(principal);
		MatchSuggestionView match = this.suggestions.findByIds(List.of(key)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("input.matchId", "match", key));
		// The request's country is in the graph: checked after the existence check.
		caller.check(caller.isMemberState(match.countryIso3()), "record results of this match");
		return this.results.record(caller.actor(), key, input.version() == null ? null : input.version().longValue(),
				input.validate(this.catalog));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MEMBER_STATE')")
	public MatchResultView recordResultValue(@Argument RecordResultValueInput input, @Nullable Principal principal) {
		String key = GlobalId.keyOf("input.resultId", TYPE, input.resultId());
		Caller caller = Callers.of(principal);
		MatchResultView result = this.store.findById(key)
			.orElseThrow(() -> new NotFoundException("input.resultId", "result", key));
		caller.check(caller.isMemberState(result.countryIso3()), "record values of this result");
		return this.results.recordValue(caller.actor(), key, input.version(), input.validate(LocalDate.now(this.clock)));
	}

	/** The results of each match; whoever may see the match sees them in full (its parties or privileged callers). */
	@BatchMapping(typeName = MATCH)
	public Map<MatchSuggestionView, List<MatchResultView>> results(List<MatchSuggestionView> matches) {
		Map<String, List<MatchResultView>> byMatch = this.store.findByMatches(matches.stream()
			.map(MatchSuggestionView::id).distinct().toList());
		return matches.stream().distinct().collect(Collectors.toMap(Function.identity(),
				(match) -> byMatch.getOrDefault(match.id(), List.of())));
	}

	/**
	 * The public results of each request: those of its matches confirmed or later, for everyone; who recorded them only
	 * for the parties of the match and privileged callers.
	 */
	@BatchMapping(typeName = "SupportRequest", field = "results")
	public Map<SupportRequestView, List<MatchResultView>> requestResults(List<SupportRequestView> requests,
			@Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		Map<String, List<MatchResultView>> byRequest = this.store.findPublicByRequests(requests.stream()
			.map(SupportRequestView::id).distinct().toList());
		return requests.stream().distinct().collect(Collectors.toMap(Function.identity(),
				(request) -> byRequest.getOrDefault(request.id(), List.of()).stream()
					.map((result) -> maySeeWhoRecorded(caller, result) ? result : result.anonymized())
					.toList()));
	}

	private static boolean maySeeWhoRecorded(Caller caller, MatchResultView result) {
		return caller.isPrivileged() || caller.isPartner(result.partnerId()) || caller.isMemberState(result.countryIso3());
	}

	@SchemaMapping(typeName = TYPE)
	public String id(MatchResultView result) {
		return GlobalId.of(TYPE, result.id());
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable Indicator indicator(MatchResultView result) {
		return this.catalog.indicator(result.indicatorCode()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public @Nullable IndicatorSeries baselineSeries(MatchResultView result) {
		return result.baselineSeries() == null ? null : this.catalog.indicator(result.indicatorCode())
			.flatMap((indicator) -> indicator.seriesById(Objects.requireNonNull(result.baselineSeries()))).orElse(null);
	}

}
