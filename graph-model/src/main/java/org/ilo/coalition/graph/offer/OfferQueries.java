package org.ilo.coalition.graph.offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read queries for offers, each one Cypher statement whatever the number of keys. */
public interface OfferQueries {

	/** Offers of each partner, by title; every requested partner id is a key. */
	Map<String, List<OfferView>> findViewsByPartners(Collection<String> partnerIds);

	/** Offers with these ids; unknown ids are skipped. */
	List<OfferView> findViewsByIds(Collection<String> ids);

}
