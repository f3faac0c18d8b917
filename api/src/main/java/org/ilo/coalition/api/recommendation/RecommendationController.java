package org.ilo.coalition.api.recommendation;

import java.security.Principal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.partner.PartnerController;
import org.ilo.coalition.api.recommendation.ProgrammeSuggestion.ProgrammeEvidence;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.recommendation.RecommendationService;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.request.SupportRequestView;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.ilo.coalition.graph.workstream.WorkStreamRepository;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Recommendations: {@code Query.recommendPartners}, {@code recommendedRequests}, {@code similarPartners},
 * {@code suggestedProgrammes} and the fields of their types. Partners, requests and work streams resolve as the
 * directory's own types, one statement per level.
 */
@Controller
public class RecommendationController {

	private static final int DEFAULT_FIRST = 10;

	private final RecommendationService recommendations;

	private final PartnerRepository partners;

	private final SupportRequestRepository requests;

	private final WorkStreamRepository workStreams;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	public RecommendationController(RecommendationService recommendations, PartnerRepository partners,
			SupportRequestRepository requests, WorkStreamRepository workStreams, ReferenceCatalog catalog,
			ReferenceArguments references) {
		this.recommendations = recommendations;
		this.partners = partners;
		this.requests = requests;
		this.workStreams = workStreams;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public List<PartnerRecommendation> recommendPartners(@Argument String requestId, @Argument Integer first) {
		String key = GlobalId.keyOf("requestId", "SupportRequest", requestId);
		return PartnerRecommendation.ranked(this.recommendations.recommendPartners(key, first(first))
			.orElseThrow(() -> new NotFoundException("requestId", "support request", requestId)));
	}

	@QueryMapping
	public List<RequestRecommendation> recommendedRequests(@Argument String partnerId, @Argument Integer first,
			@Nullable Principal principal) {
		String key = GlobalId.keyOf("partnerId", "Partner", partnerId);
		int limit = first(first);
		requireVisible(key, partnerId, Callers.of(principal));
		return RequestRecommendation.ranked(this.recommendations.recommendedRequests(key, limit)
			.orElseThrow(() -> notFound(partnerId)));
	}

	@QueryMapping
	public List<SimilarPartner> similarPartners(@Argument String partnerId, @Argument Integer first,
			@Nullable Principal principal) {
		String key = GlobalId.keyOf("partnerId", "Partner", partnerId);
		int limit = first(first);
		requireVisible(key, partnerId, Callers.of(principal));
		return SimilarPartner.ranked(this.recommendations.similarPartners(key, limit)
			.orElseThrow(() -> notFound(partnerId)));
	}

	// A partner the caller may not see (a pending or rejected application) is answered exactly like an unknown id:
	// otherwise these queries would tell the public which applications exist.
	private void requireVisible(String key, String partnerId, Caller caller) {
		if (!caller.isPrivileged() && this.partners.findViewsByIds(List.of(key)).stream()
			.noneMatch((partner) -> PartnerController.visible(partner, caller))) {
			throw notFound(partnerId);
		}
	}

	private static NotFoundException notFound(String partnerId) {
		return new NotFoundException("partnerId", "partner", partnerId);
	}

	@QueryMapping
	public List<ProgrammeSuggestion> suggestedProgrammes(@Argument String country) {
		String iso3 = this.references.country("country", country);
		return this.recommendations.suggestedProgrammes(iso3).stream().map(ProgrammeSuggestion::of).toList();
	}

	@BatchMapping(typeName = "PartnerRecommendation", field = "partner")
	public Map<PartnerRecommendation, PartnerView> recommendedPartner(List<PartnerRecommendation> recommendations) {
		return resolve(recommendations, PartnerRecommendation::partnerId, this.partners::findViewsByIds, PartnerView::id);
	}

	@BatchMapping(typeName = "SimilarPartner", field = "partner")
	public Map<SimilarPartner, PartnerView> similarPartner(List<SimilarPartner> similar) {
		return resolve(similar, SimilarPartner::partnerId, this.partners::findViewsByIds, PartnerView::id);
	}

	@BatchMapping(typeName = "RequestRecommendation")
	public Map<RequestRecommendation, SupportRequestView> request(List<RequestRecommendation> recommendations) {
		return resolve(recommendations, RequestRecommendation::requestId, this.requests::findViewsByIds,
				SupportRequestView::id);
	}

	@SchemaMapping(typeName = "PartnerOverlap")
	public List<Expertise> expertise(PartnerOverlap overlap) {
		return this.catalog.resolve(overlap.expertiseCodes(), this.catalog::expertise);
	}

	@SchemaMapping(typeName = "PartnerOverlap")
	public List<ThematicArea> thematicAreas(PartnerOverlap overlap) {
		return this.catalog.resolve(overlap.thematicAreaCodes(), this.catalog::thematicArea);
	}

	@SchemaMapping(typeName = "PartnerOverlap")
	public List<Region> regions(PartnerOverlap overlap) {
		return this.catalog.resolve(overlap.regionCodes(), this.catalog::region);
	}

	@BatchMapping(typeName = "PartnerOverlap")
	public Map<PartnerOverlap, List<WorkStreamView>> workStreams(List<PartnerOverlap> overlaps) {
		List<String> ids = overlaps.stream().flatMap((o) -> o.workStreamIds().stream()).distinct().toList();
		Map<String, WorkStreamView> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			this.workStreams.findViewsByIds(ids).forEach((w) -> byId.put(w.id(), w));
		}
		Map<PartnerOverlap, List<WorkStreamView>> result = new LinkedHashMap<>();
		overlaps.forEach((o) -> result.put(o, o.workStreamIds().stream().map(byId::get).filter(Objects::nonNull).toList()));
		return result;
	}

	@SchemaMapping(typeName = "ProgrammeSuggestion")
	public PriorityProgramme programme(ProgrammeSuggestion suggestion) {
		return this.catalog.priorityProgramme(suggestion.programmeCode()).orElse(null);
	}

	@SchemaMapping(typeName = "ProgrammeEvidence")
	public Indicator indicator(ProgrammeEvidence evidence) {
		return this.catalog.indicator(evidence.indicatorCode()).orElse(null);
	}

	// Recommendation lists are short and ranked: at least one item, at most the service's maximum.
	private static int first(Integer first) {
		int value = first == null ? DEFAULT_FIRST : first;
		if (value < 1 || value > RecommendationService.MAX_FIRST) {
			throw new BadRequestException("first",
					"must be between 1 and " + RecommendationService.MAX_FIRST + ", was " + value);
		}
		return value;
	}

	private static <S, V> Map<S, V> resolve(List<S> sources, Function<S, String> key,
			Function<Collection<String>, List<V>> load, Function<V, String> id) {
		Map<String, V> byId = new HashMap<>();
		load.apply(sources.stream().map(key).distinct().toList()).forEach((v) -> byId.put(id.apply(v), v));
		Map<S, V> result = new LinkedHashMap<>();
		sources.forEach((s) -> {
			V value = byId.get(key.apply(s));
			if (value != null) {
				result.put(s, value);
			}
		});
		return result;
	}

}
