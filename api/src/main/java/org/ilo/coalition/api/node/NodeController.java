package org.ilo.coalition.api.node;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ilo.coalition.api.deficit.DataImportController;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.matching.MatchSuggestionController;
import org.ilo.coalition.api.matching.MatchingRuns;
import org.ilo.coalition.api.partner.PartnerController;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.api.security.Role;
import org.ilo.coalition.graph.ilostat.DataImportStore;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.offer.OfferRepository;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.strategy.NationalStrategyRepository;
import org.ilo.coalition.graph.workstream.WorkStreamRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Relay's {@code Query.node}: any object by its global id. */
@Controller
public class NodeController {

	private final PartnerRepository partners;

	private final OfferRepository offers;

	private final NationalStrategyRepository strategies;

	private final SupportRequestRepository requests;

	private final WorkStreamRepository workStreams;

	private final ReferenceCatalog catalog;

	private final MatchSuggestionStore suggestions;

	private final MatchingRuns runs;

	private final DataImportStore imports;

	public NodeController(PartnerRepository partners, OfferRepository offers, NationalStrategyRepository strategies,
			SupportRequestRepository requests, WorkStreamRepository workStreams, ReferenceCatalog catalog,
			MatchSuggestionStore suggestions, MatchingRuns runs, DataImportStore imports) {
		this.partners = partners;
		this.offers = offers;
		this.strategies = strategies;
		this.requests = requests;
		this.workStreams = workStreams;
		this.catalog = catalog;
		this.suggestions = suggestions;
		this.runs = runs;
		this.imports = imports;
	}

	@QueryMapping
	public Object node(@Argument String id, @Nullable Principal principal) {
		GlobalId globalId = GlobalId.decode("id", id);
		List<String> key = List.of(globalId.key());
		Caller caller = Callers.of(principal);
		List<?> found = switch (globalId.type()) {
			case "Partner" -> visiblePartners(this.partners.findViewsByIds(key), caller);
			case "Offer" -> this.offers.findViewsByIds(key).stream()
				.filter((o) -> !visiblePartners(this.partners.findViewsByIds(List.of(o.partnerId())), caller).isEmpty())
				.toList();
			case "Country" -> this.catalog.country(globalId.key()).stream().toList();
			case "NationalStrategy" -> this.strategies.findViewsByIds(key);
			case "Objective" -> this.strategies.findObjectivesByIds(key);
			case "SupportRequest" -> this.requests.findViewsByIds(key);
			case "WorkStream" -> this.workStreams.findViewsByIds(key);
			// Whoever may not see a suggestion, a run or an import gets null, as for an unknown id, rather than an error
			// that would tell them it exists.
			case "MatchSuggestion" -> this.suggestions.findByIds(key).stream()
				.filter((s) -> MatchSuggestionController.visible(s, caller))
				.toList();
			case "MatchRun" -> caller.isPrivileged() ? this.runs.find(globalId.key()).stream().toList() : List.of();
			case DataImportController.TYPE -> caller.role() == Role.SECRETARIAT
					? this.imports.findById(globalId.key()).stream().toList() : List.of();
			default -> List.of();
		};
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<PartnerView> visiblePartners(List<PartnerView> partners, Caller caller) {
		return partners.stream().filter((p) -> PartnerController.visible(p, caller)).toList();
	}

}
