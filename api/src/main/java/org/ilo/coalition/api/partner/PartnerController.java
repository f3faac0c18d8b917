package org.ilo.coalition.api.partner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.offer.OfferRepository;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.DeclaredExpertise;
import org.ilo.coalition.graph.partner.PartnerFilter;
import org.ilo.coalition.graph.partner.PartnerQueries;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.ilo.coalition.graph.workstream.WorkStreamRepository;
import org.ilo.coalition.graph.workstream.WorkStreamView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

	public PartnerController(PartnerRepository partners, OfferRepository offers, WorkStreamRepository workStreams,
			ReferenceCatalog catalog, ReferenceArguments references) {
		this.partners = partners;
		this.offers = offers;
		this.workStreams = workStreams;
		this.catalog = catalog;
		this.references = references;
	}

	@QueryMapping
	public Connection<PartnerView> partners(@Argument PartnerFilterInput filter, @Argument Integer first,
			@Argument String after) {
		int size = PageArguments.first(first, 20);
		PartnerFilter criteria = filter == null ? PartnerFilter.ALL : filter.toFilter(this.references);
		return Connection.of(
				this.partners.findPage(criteria, size, PageArguments.after(PartnerQueries.ORDERING, after)),
				PartnerQueries::cursorOf, after != null);
	}

	@QueryMapping
	public PartnerView partner(@Argument String id) {
		String key = GlobalId.keyOf("id", TYPE, id);
		return this.partners.findViewsByIds(List.of(key)).stream().findFirst().orElse(null);
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
		return this.catalog.resolve(partner.thematicAreaCodes(), this.catalog::thematicArea);
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
