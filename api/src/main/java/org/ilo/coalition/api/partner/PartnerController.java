package org.ilo.coalition.api.partner;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.offer.OfferRepository;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.DeclaredExpertise;
import org.ilo.coalition.graph.partner.MembershipDecision;
import org.ilo.coalition.graph.partner.MembershipService;
import org.ilo.coalition.graph.partner.MembershipStatus;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.partner.PartnerFilter;
import org.ilo.coalition.graph.partner.PartnerParts;

import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.ilo.coalition.graph.workstream.WorkStreamRepository;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The partner directory: {@code Query.partners}, {@code Query.partner} and the fields of {@code Partner}. */
@Controller
public class PartnerController {

	static final String TYPE = "Partner";

	private final PartnerRepository partners;

	private final OfferRepository offers;

	private final WorkStreamRepository workStreams;

	private final ReferenceCatalog catalog;

	private final ReferenceArguments references;

	private final MembershipService membership;

	public PartnerController(PartnerRepository partners, OfferRepository offers, WorkStreamRepository workStreams,
			ReferenceCatalog catalog, ReferenceArguments references, MembershipService membership) {
		this.membership = membership;
		this.partners = partners;
		this.offers = offers;
		this.workStreams = workStreams;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public Connection<PartnerView> partners(@Argument PartnerFilterInput filter, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, @Nullable Principal principal) {
		int size = PageArguments.first(first, 20);
		PartnerFilter criteria = filter == null ? PartnerFilter.ALL : filter.toFilter(this.references);
		if (!Callers.of(principal).isPrivileged()) {
			// The public directory lists admitted partners only; asking it for pending or rejected ones finds none.
			Set<MembershipStatus> statuses = EnumSet.of(MembershipStatus.ADMITTED);
			if (criteria.membershipStatuses() != null) {
				statuses.retainAll(criteria.membershipStatuses());
			}
			if (statuses.isEmpty()) {
				return Connection.of(new ResultPage<>(List.of(), 0, false), PartnerRepository::cursorOf, after != null);
			}
			criteria = new PartnerFilter(criteria.kinds(), statuses, criteria.countryIso3(), criteria.regionCode(),
					criteria.thematicAreaCode(), criteria.expertiseCode(), criteria.nameContains());
		}
		return Connection.of(
				this.partners.findPage(criteria, size, PageArguments.after(PartnerRepository.ORDERING, after),
						selection.contains("totalCount"), partsAskedFor(selection)),
				PartnerRepository::cursorOf, after != null);
	}

	// The page's views reach only the fields of its own nodes: what no field asks for is not read.
	private static PartnerParts partsAskedFor(DataFetchingFieldSelectionSet selection) {
		boolean offerAreas = selection.contains("edges/node/thematicAreas");
		boolean links = offerAreas || selection.containsAnyOf("edges/node/country", "edges/node/expertise",
				"edges/node/functionalAreas", "edges/node/workStreams");
		return new PartnerParts(links, offerAreas);
	}

	@QueryMapping
	public PartnerView partner(@Argument String id, @Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		return this.partners.findViewsByIds(List.of(key)).stream()
			.filter((p) -> visible(p, Callers.of(principal))).findFirst().orElse(null);
	}

	/** Whether {@code caller} may see {@code partner} at all: admitted ones are public, others are not. */
	public static boolean visible(PartnerView partner, Caller caller) {
		return partner.membershipStatus() == MembershipStatus.ADMITTED || caller.maySeePrivateDetailsOf(partner.id());
	}

	@SchemaMapping(typeName = TYPE)
	public String contactEmail(PartnerView partner, @Nullable Principal principal) {
		return Callers.of(principal).maySeePrivateDetailsOf(partner.id()) ? partner.contactEmail() : null;
	}

	@SchemaMapping(typeName = TYPE)
	public String decisionReason(PartnerView partner, @Nullable Principal principal) {
		return Callers.of(principal).maySeePrivateDetailsOf(partner.id()) ? partner.decisionReason() : null;
	}

	@MutationMapping
	public PartnerView applyForMembership(@Argument MembershipApplicationInput input, @Nullable Principal principal) {
		String id = this.membership.apply(Callers.of(principal).actor(), input.validate(this.references));
		return load(id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('COORDINATION_GROUP')")
	public PartnerView decideMembership(@Argument String partnerId, @Argument MembershipDecision decision,
			@Argument String reason, @Nullable Principal principal) {
		String key = GlobalId.keyOf("partnerId", TYPE, partnerId);
		String why = Inputs.optional("reason", reason, Inputs.LONG_TEXT);
		if (decision == MembershipDecision.REJECT && why == null) {
			throw new BadRequestException("reason", "is required when rejecting an application");
		}
		this.membership.decide(Callers.of(principal).actor(), key, decision, why);
		return load(key);
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECRETARIAT')")
	public PartnerView confirmConstituent(@Argument String partnerId, @Nullable Principal principal) {
		String key = GlobalId.keyOf("partnerId", TYPE, partnerId);
		this.membership.confirmConstituent(Callers.of(principal).actor(), key);
		return load(key);
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECRETARIAT') or @callers.isPartner(authentication, #input.partnerId(), 'input.partnerId')")
	public PartnerView updatePartnerProfile(@Argument PartnerProfileInput input, @Nullable Principal principal) {
		String key = GlobalId.keyOf("input.partnerId", TYPE, input.partnerId());
		this.membership.updateProfile(Callers.of(principal).actor(), key, input.version(), input.validate());
		return load(key);
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECRETARIAT') or @callers.isPartner(authentication, #input.partnerId(), 'input.partnerId')")
	public PartnerView declareExpertise(@Argument DeclareExpertiseInput input, @Nullable Principal principal) {
		String key = GlobalId.keyOf("input.partnerId", TYPE, input.partnerId());
		this.membership.declareExpertise(Callers.of(principal).actor(), key, input.version(), input.claims(this.references),
				input.functionalAreaCodes(this.references));
		return load(key);
	}

	private PartnerView load(String id) {
		return this.partners.findViewsByIds(List.of(id)).stream().findFirst()
			.orElseThrow(() -> new IllegalStateException("Partner " + id + " vanished after a change"));
	}

	@SchemaMapping(typeName = TYPE)
	public String id(PartnerView partner) {
		return GlobalId.of(TYPE, partner.id());
	}

	@SchemaMapping(typeName = TYPE)
	public Country country(PartnerView partner) {
		return this.catalog.country(partner.countryIso3()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public List<DeclaredExpertise> expertise(PartnerView partner) {
		return partner.expertise().stream()
			.flatMap((claim) -> this.catalog.expertise(claim.expertiseCode()).stream()
				.map((expertise) -> new DeclaredExpertise(null, claim.level(), expertise)))
			.toList();
	}

	@SchemaMapping(typeName = TYPE)
	public List<FunctionalArea> functionalAreas(PartnerView partner) {
		return this.catalog.resolve(partner.functionalAreaCodes(), this.catalog::functionalArea);
	}

	@SchemaMapping(typeName = TYPE)
	public List<ThematicArea> thematicAreas(PartnerView partner) {
		Set<String> codes = new TreeSet<>(partner.offerAreaCodes());
		partner.expertise().forEach((claim) -> this.catalog.expertise(claim.expertiseCode())
			.ifPresent((e) -> e.thematicAreas().forEach((area) -> codes.add(area.code()))));
		return this.catalog.resolve(codes, this.catalog::thematicArea);
	}

	@BatchMapping(typeName = TYPE)
	public Map<PartnerView, List<OfferView>> offers(List<PartnerView> partnerViews) {
		Map<String, List<OfferView>> byId = this.offers.findViewsByPartners(ids(partnerViews));
		return partnerViews.stream().distinct()
			.collect(Collectors.toMap(Function.identity(), (p) -> byId.getOrDefault(p.id(), List.of())));
	}

	@BatchMapping(typeName = TYPE)
	public Map<PartnerView, List<WorkStreamParticipation>> workStreams(List<PartnerView> partnerViews) {
		Set<String> workStreamIds = partnerViews.stream()
			.flatMap((p) -> p.workStreams().stream().map(PartnerView.Participation::workStreamId))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, WorkStreamView> loaded = new HashMap<>();
		if (!workStreamIds.isEmpty()) {
			this.workStreams.findViewsByIds(workStreamIds).forEach((w) -> loaded.put(w.id(), w));
		}
		return partnerViews.stream().distinct().collect(Collectors.toMap(Function.identity(),
				(p) -> p.workStreams().stream().filter((w) -> loaded.containsKey(w.workStreamId()))
					.map((w) -> new WorkStreamParticipation(loaded.get(w.workStreamId()),
							w.lead() ? WorkStreamParticipation.Role.LEAD : WorkStreamParticipation.Role.SUPPORTER))
					.toList()));
	}

	private static List<String> ids(List<PartnerView> partnerViews) {
		return partnerViews.stream().map(PartnerView::id).distinct().toList();
	}

}
