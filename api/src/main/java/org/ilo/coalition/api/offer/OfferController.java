package org.ilo.coalition.api.offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.offer.OfferView;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The fields of {@code Offer}. */
@Controller
public class OfferController {

	static final String TYPE = "Offer";

	private final PartnerRepository partners;

	private final ReferenceCatalog catalog;

	public OfferController(PartnerRepository partners, ReferenceCatalog catalog) {
		this.partners = partners;
		this.catalog = catalog;
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

	@BatchMapping(typeName = TYPE)
	public Map<OfferView, PartnerView> partner(List<OfferView> offers) {
		Map<String, PartnerView> byId = new HashMap<>();
		this.partners.findViewsByIds(offers.stream().map(OfferView::partnerId).distinct().toList())
			.forEach((p) -> byId.put(p.id(), p));
		return offers.stream().distinct().filter((o) -> byId.containsKey(o.partnerId()))
			.collect(Collectors.toMap(Function.identity(), (o) -> byId.get(o.partnerId())));
	}

}
