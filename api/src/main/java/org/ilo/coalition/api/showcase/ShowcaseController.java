package org.ilo.coalition.api.showcase;

import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.BatchLookups;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.showcase.ShowcaseEntry;
import org.ilo.coalition.graph.showcase.ShowcaseReader;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The public showcase of partnerships (paper §24): {@code Query.showcase} and its entries. */
@Controller
public class ShowcaseController {

	static final String TYPE = "ShowcaseEntry";

	private final ShowcaseReader reader;

	private final PartnerRepository partners;

	private final ReferenceCatalog catalog;

	public ShowcaseController(ShowcaseReader reader, PartnerRepository partners, ReferenceCatalog catalog) {
		this.reader = reader;
		this.partners = partners;
		this.catalog = catalog;
	}

	@QueryMapping
	public Connection<ShowcaseEntry> showcase(@Argument Integer first, @Argument String after) {
		int size = PageArguments.first(first, 20);
		Cursor cursor = PageArguments.after(ShowcaseReader.ORDERING, after);
		if (cursor != null && !cursor.sortKey().matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
			throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
		}
		return Connection.of(this.reader.page(size, cursor == null ? null : cursor.sortKey(),
				cursor == null ? null : cursor.id()), ShowcaseController::cursorOf, after != null);
	}

	static Cursor cursorOf(ShowcaseEntry entry) {
		return new Cursor(ShowcaseReader.ORDERING, entry.confirmedAt().toString(), entry.matchId());
	}

	@SchemaMapping(typeName = TYPE)
	public String id(ShowcaseEntry entry) {
		return GlobalId.of("MatchSuggestion", entry.matchId());
	}

	@SchemaMapping(typeName = TYPE)
	public Country country(ShowcaseEntry entry) {
		return this.catalog.country(entry.countryIso3()).orElse(null);
	}

	@SchemaMapping(typeName = TYPE)
	public List<ThematicArea> thematicAreas(ShowcaseEntry entry) {
		return this.catalog.resolve(entry.thematicAreas(), this.catalog::thematicArea);
	}

	@SchemaMapping(typeName = TYPE)
	public String requestId(ShowcaseEntry entry) {
		return GlobalId.of("SupportRequest", entry.requestId());
	}

	/** The partners of a page, with one statement (the public directory's entries). */
	@BatchMapping(typeName = TYPE)
	public Map<ShowcaseEntry, PartnerView> partner(List<ShowcaseEntry> entries) {
		return BatchLookups.lookUp(entries, ShowcaseEntry::partnerId,
				this.partners.findViewsByIds(BatchLookups.keys(entries, ShowcaseEntry::partnerId)), PartnerView::id);
	}

}
