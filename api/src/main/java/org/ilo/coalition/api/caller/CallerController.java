package org.ilo.coalition.api.caller;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.me}: who is calling. */
@Controller
public class CallerController {

	private final PartnerRepository partners;

	private final ReferenceCatalog catalog;

	public CallerController(PartnerRepository partners, ReferenceCatalog catalog) {
		this.partners = partners;
		this.catalog = catalog;
	}

	@QueryMapping
	public Caller me(@Nullable Principal principal) {
		return Callers.of(principal);
	}

	@SchemaMapping(typeName = "Caller")
	public PartnerView partner(Caller caller) {
		return caller.partnerId() == null ? null
				: this.partners.findViewsByIds(List.of(caller.partnerId())).stream().findFirst().orElse(null);
	}

	@SchemaMapping(typeName = "Caller")
	public Country country(Caller caller) {
		return caller.countryIso3() == null ? null : this.catalog.country(caller.countryIso3()).orElse(null);
	}

}
