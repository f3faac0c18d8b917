package org.ilo.coalition.graph.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.ResultPage;

/** Read queries of the partner directory, each one Cypher statement whatever the number of keys. */
public interface PartnerQueries {

	/** The ordering name that partner cursors carry. */
	String ORDERING = "partner";

	/**
	 * One page in (normalized name, id) order after {@code after}, in one statement; the total count is computed only
	 * when {@code withTotal} (else it is -1), since it costs a pass over every matching partner.
	 */
	ResultPage<PartnerView> findPage(PartnerFilter filter, int first, Cursor after, boolean withTotal);

	/**
	 * The same page, reading only the {@code parts} of each partner that the caller will use: what is left out is
	 * empty in the views (country null, lists empty), so these views must not be handed on.
	 */
	ResultPage<PartnerView> findPage(PartnerFilter filter, int first, Cursor after, boolean withTotal,
			PartnerParts parts);

	/** Partners with these ids, in no particular order; unknown ids are skipped. */
	List<PartnerView> findViewsByIds(Collection<String> ids);

	/** Partners based in each of these countries, by name. */
	Map<String, List<PartnerView>> findViewsByCountries(Collection<String> iso3s);

	/** The admitted demo-data government of {@code iso3}, when the demo data has one. */
	Optional<PartnerView> findDemoGovernment(String iso3);

	/** For each kind other than government, in the enum's order, the first admitted demo partner by name. */
	List<PartnerView> findDemoRepresentatives();

	/** The cursor that points at {@code partner} in the directory's ordering. */
	static Cursor cursorOf(PartnerView partner) {
		return new Cursor(ORDERING, partner.normalizedName(), partner.id());
	}

}
