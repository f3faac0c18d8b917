package org.ilo.coalition.api.matching;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.api.security.Role;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.MatchSuggestionView;
import org.ilo.coalition.graph.matching.ReviewDecision;
import org.ilo.coalition.graph.matching.SuggestionExplanation;
import org.ilo.coalition.graph.matching.SuggestionFilter;
import org.ilo.coalition.graph.matching.SuggestionStatus;
import org.ilo.coalition.graph.offer.OfferRepository;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Match suggestions: reading them (each caller what it may see, docs/security.md), the coordination group's review,
 * their nested request, offer, partner and run (one statement per level), and {@code SupportRequest.matches}.
 */
@Controller
public class MatchSuggestionController {

	static final String TYPE = "MatchSuggestion";

	private final MatchSuggestionStore suggestions;

	private final MatchingRuns matching;

	private final MatchRunStore runs;

	private final SupportRequestRepository requests;

	private final OfferRepository offers;

	private final PartnerRepository partners;

	private final ReferenceArguments references;

	public MatchSuggestionController(MatchSuggestionStore suggestions, MatchingRuns matching, MatchRunStore runs,
			SupportRequestRepository requests, OfferRepository offers, PartnerRepository partners,
			ReferenceArguments references) {
		this.suggestions = suggestions;
		this.matching = matching;
		this.runs = runs;
		this.requests = requests;
		this.offers = offers;
		this.partners = partners;
		this.references = references;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'MEMBER_STATE', 'COORDINATION_GROUP', 'SECRETARIAT')")
	public Connection<MatchSuggestionView> matchSuggestions(@Argument MatchSuggestionFilterInput filter,
			@Argument Integer first, @Argument String after, @Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		int size = PageArguments.first(first, 20);
		MatchSuggestionFilterInput.Criteria criteria = filter == null ? new MatchSuggestionFilterInput.Criteria(null,
				null, null, null, null, null) : filter.criteria(this.references);
		String visiblePartner = null;
		String visibleCountry = null;
		if (caller.role() == Role.PARTNER) {
			visiblePartner = Objects.requireNonNullElse(caller.partnerId(), "");
		}
		else if (caller.role() == Role.MEMBER_STATE) {
			visibleCountry = Objects.requireNonNullElse(caller.countryIso3(), "");
		}
		SuggestionFilter query = new SuggestionFilter(criteria.runId(), criteria.status(), criteria.countryIso3(),
				criteria.partnerId(), criteria.requestId(), criteria.matchStatus(), visiblePartner, visibleCountry);
		return Connection.of(this.suggestions.findPage(query, size, after(after)), MatchSuggestionStore::cursorOf,
				after != null);
	}

	/**
	 * The decoded {@code after} of a suggestion list, its sort key checked too, so that a bad cursor is refused before
	 * anything is read.
	 */
	static Cursor after(String after) {
		Cursor cursor = PageArguments.after(MatchSuggestionStore.ORDERING, after);
		if (cursor != null && !MatchSuggestionStore.isPosition(cursor)) {
			throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
		}
		return cursor;
	}

	/**
	 * Whether {@code caller} may see {@code suggestion} (docs/security.md), the rule {@code matchSuggestions} applies in
	 * its statement: all for the secretariat and the coordination group, a partner user its own partner's, a
	 * member-State user the accepted ones for its own country's requests, the public none.
	 */
	public static boolean visible(MatchSuggestionView suggestion, Caller caller) {
		return caller.isPrivileged() || caller.isPartner(suggestion.partnerId())
				|| (caller.isMemberState(suggestion.countryIso3()) && suggestion.status() == SuggestionStatus.ACCEPTED);
	}

	@MutationMapping
	@PreAuthorize("hasRole('COORDINATION_GROUP')")
	public MatchSuggestionView reviewSuggestion(@Argument String id, @Argument ReviewDecision decision,
			@Argument String comment, @Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		return this.suggestions.review(Callers.of(principal).actor(), key, decision,
				Inputs.optional("comment", comment, Inputs.LONG_TEXT));
	}

	@SchemaMapping(typeName = TYPE)
	public String id(MatchSuggestionView suggestion) {
		return GlobalId.of(TYPE, suggestion.id());
	}

	@SchemaMapping(typeName = TYPE)
	public SuggestionExplanation explanation(MatchSuggestionView suggestion) {
		return suggestion.explanation();
	}

	@BatchMapping(typeName = TYPE)
	public Map<MatchSuggestionView, SupportRequestView> request(List<MatchSuggestionView> views) {
		Map<String, SupportRequestView> byId = index(this.requests.findViewsByIds(keys(views, MatchSuggestionView::requestId)),
				SupportRequestView::id);
		return lookUp(views, MatchSuggestionView::requestId, byId);
	}

	@BatchMapping(typeName = TYPE)
	public Map<MatchSuggestionView, OfferView> offer(List<MatchSuggestionView> views) {
		Map<String, OfferView> byId = index(this.offers.findViewsByIds(keys(views, MatchSuggestionView::offerId)),
				OfferView::id);
		return lookUp(views, MatchSuggestionView::offerId, byId);
	}

	@BatchMapping(typeName = TYPE)
	public Map<MatchSuggestionView, PartnerView> partner(List<MatchSuggestionView> views) {
		Map<String, PartnerView> byId = index(this.partners.findViewsByIds(keys(views, MatchSuggestionView::partnerId)),
				PartnerView::id);
		return lookUp(views, MatchSuggestionView::partnerId, byId);
	}

	@BatchMapping(typeName = TYPE)
	public Map<MatchSuggestionView, MatchRunView> run(List<MatchSuggestionView> views, @Nullable Principal principal) {
		if (!Callers.of(principal).isPrivileged()) {
			return Map.of();
		}
		Map<String, MatchRunView> byId = index(this.runs.findByIds(keys(views, MatchSuggestionView::runId)),
				MatchRunView::id);
		byId.replaceAll((id, run) -> this.matching.withLiveScore(run));
		return lookUp(views, MatchSuggestionView::runId, byId);
	}

	@BatchMapping(typeName = "MatchAlternative")
	public Map<SuggestionExplanation.Alternative, OfferView> offer(List<SuggestionExplanation.Alternative> alternatives,
			@Nullable Principal principal) {
		Map<String, OfferView> byId = index(this.offers.findViewsByIds(keys(alternatives,
				SuggestionExplanation.Alternative::offerId)), OfferView::id);
		return lookUp(alternatives, SuggestionExplanation.Alternative::offerId, byId);
	}

	@BatchMapping(typeName = "MatchAlternative")
	public Map<SuggestionExplanation.Alternative, PartnerView> partner(
			List<SuggestionExplanation.Alternative> alternatives, @Nullable Principal principal) {
		Map<String, PartnerView> byId = index(this.partners.findViewsByIds(keys(alternatives,
				SuggestionExplanation.Alternative::partnerId)), PartnerView::id);
		return lookUp(alternatives, SuggestionExplanation.Alternative::partnerId, byId);
	}

	/** Accepted matches of each request, as far as the caller may see them. */
	@BatchMapping(typeName = "SupportRequest")
	public Map<SupportRequestView, List<MatchSuggestionView>> matches(List<SupportRequestView> views,
			@Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		if (caller.role() == Role.PUBLIC) {
			return views.stream().distinct().collect(Collectors.toMap(Function.identity(), (v) -> List.of()));
		}
		Map<String, List<MatchSuggestionView>> byRequest = this.suggestions
			.findAcceptedByRequests(keys(views, SupportRequestView::id));
		return views.stream().distinct().collect(Collectors.toMap(Function.identity(),
				(request) -> byRequest.getOrDefault(request.id(), List.of()).stream()
					.filter((match) -> visible(match, caller))
					.toList()));
	}

	private static <T> List<String> keys(List<T> items, Function<T, String> key) {
		return items.stream().map(key).filter(Objects::nonNull).distinct().toList();
	}

	private static <V> Map<String, V> index(List<V> values, Function<V, String> id) {
		Map<String, V> byId = new HashMap<>();
		values.forEach((value) -> byId.put(id.apply(value), value));
		return byId;
	}

	// Batch results may leave keys out: those fields resolve to null.
	private static <K, V> Map<K, V> lookUp(List<K> items, Function<K, String> key, Map<String, V> byId) {
		Map<K, V> result = new HashMap<>();
		for (K item : items) {
			String id = key.apply(item);
			V value = id == null ? null : byId.get(id);
			if (value != null) {
				result.put(item, value);
			}
		}
		return result;
	}

}
