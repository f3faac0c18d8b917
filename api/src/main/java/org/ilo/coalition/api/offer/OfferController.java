package org.ilo.coalition.api.offer;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
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
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.offer.OfferDraft;
import org.ilo.coalition.graph.matching.MatchSuggestionStore;
import org.ilo.coalition.graph.matching.OfferUse;
import org.ilo.coalition.graph.offer.OfferFilter;
import org.ilo.coalition.graph.offer.OfferRepository;
import org.ilo.coalition.graph.offer.OfferService;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code Query.offers}, the offer mutations and the fields of {@code Offer}. */
@Controller
public class OfferController {

	static final String TYPE = "Offer";

	private static final String USE_LOADER = "offerUse";

	private final PartnerRepository partners;

	private static final String PARTNER = "Partner";

	private final ReferenceCatalog catalog;

	private final OfferRepository offers;

	private final OfferService service;

	private final ReferenceArguments references;

	public OfferController(PartnerRepository partners, ReferenceCatalog catalog, OfferRepository offers,
			OfferService service, ReferenceArguments references, MatchSuggestionStore suggestions,
			BatchLoaderRegistry loaders) {
		this.partners = partners;
		this.catalog = catalog;
		this.offers = offers;
		this.service = service;
		this.references = references;
		// One loader behind both remaining fields, so that a page asking for both reads the matches once.
		loaders.<String, OfferUse>forName(USE_LOADER)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> suggestions.findUseByOffers(ids)));
	}

	@QueryMapping
	public Connection<OfferView> offers(@Argument OfferFilterInput filter, @Argument Integer first,
			@Argument String after, @Nullable Principal principal) {
		int size = PageArguments.first(first, 20);
		OfferFilter criteria = (filter == null ? OfferFilterInput.NONE : filter).toFilter(this.references,
				Callers.of(principal));
		return Connection.of(this.offers.findPage(criteria, size, PageArguments.after(OfferRepository.ORDERING, after)),
				OfferRepository::cursorOf, after != null);
	}

	@SchemaMapping(typeName = TYPE)
	public CompletableFuture<Double> remainingAmount(OfferView offer, DataLoader<String, OfferUse> offerUse) {
		return offerUse.load(offer.id()).thenApply((use) -> Math.max(0, offer.amount() - use.amount()));
	}

	@SchemaMapping(typeName = TYPE)
	public CompletableFuture<Integer> remainingCapacity(OfferView offer, DataLoader<String, OfferUse> offerUse) {
		return offerUse.load(offer.id()).thenApply((use) -> Math.max(0, offer.capacity() - use.requests()));
	}

	@SchemaMapping(typeName = TYPE)
	public String id(OfferView offer) {
		return GlobalId.of(TYPE, offer.id());
	}

	@SchemaMapping(typeName = TYPE)
	public List<ThematicArea> thematicAreas(OfferView offer) {
		return this.catalog.resolve(offer.thematicAreaCodes(), this.catalog::thematicArea);
	}

	@SchemaMapping(typeName = TYPE)
	public List<Country> countries(OfferView offer) {
		return this.catalog.resolve(offer.countryIso3s(), this.catalog::country);
	}

	@SchemaMapping(typeName = TYPE)
	public List<Region> regions(OfferView offer) {
		return this.catalog.resolve(offer.regionCodes(), this.catalog::region);
	}

	@MutationMapping
	@PreAuthorize("@callers.isPartner(authentication, #input.partnerId(), 'input.partnerId')")
	public OfferView offerResource(@Argument OfferInput input, @Nullable Principal principal) {
		String partnerId = GlobalId.keyOf("input.partnerId", PARTNER, input.partnerId());
		Caller caller = Callers.of(principal);
		IdempotencyKey key = caller.idempotencyKey(Inputs.idempotencyKey("input.idempotencyKey", input.idempotencyKey()));
		OfferDraft draft = input.validate(this.references, LocalDate.now(ZoneOffset.UTC));
		String id = (key == null) ? this.service.offer(caller.actor(), partnerId, draft)
				: this.service.offer(caller.actor(), partnerId, draft, key);
		return load(id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('PARTNER')")
	public OfferView updateOffer(@Argument OfferUpdateInput input, @Nullable Principal principal) {
		OfferView current = owned(GlobalId.keyOf("input.id", TYPE, input.id()), "input.id", Callers.of(principal),
				"change this offer");
		this.service.update(Callers.of(principal).actor(), current.id(), input.version(),
				input.validate(this.references, current));
		return load(current.id());
	}

	@MutationMapping
	@PreAuthorize("hasRole('PARTNER')")
	public OfferView withdrawOffer(@Argument String id, @Argument int version, @Nullable Principal principal) {
		OfferView current = owned(GlobalId.keyOf("id", TYPE, id), "id", Callers.of(principal), "withdraw this offer");
		this.service.withdraw(Callers.of(principal).actor(), current.id(), version);
		return load(current.id());
	}

	// Only the offering partner's users change an offer. Whose offer it is lives in the graph, so this is checked here
	// rather than in @PreAuthorize; the existence check comes first so that ids don't leak.
	private OfferView owned(String offerId, String field, Caller caller, String operation) {
		OfferView offer = this.offers.findViewsByIds(List.of(offerId)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException(field, "offer", offerId));
		caller.check(caller.isPartner(offer.partnerId()), operation);
		return offer;
	}

	private OfferView load(String id) {
		return this.offers.findViewsByIds(List.of(id)).get(0);
	}

	@BatchMapping(typeName = TYPE)
	public Map<OfferView, PartnerView> partner(List<OfferView> offers) {
		Map<String, PartnerView> byId = new HashMap<>();
		this.partners.findViewsByIds(offers.stream().map(OfferView::partnerId).distinct().toList())
			.forEach((p) -> byId.put(p.id(), p));
		return offers.stream().distinct().filter((o) -> byId.containsKey(o.partnerId()))
			.collect(Collectors.toMap(Function.identity(), (o) -> byId.get(o.partnerId())));
	}

}
