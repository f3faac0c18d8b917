package org.ilo.coalition.graph.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read queries for deficit observations. */
public interface DeficitQueries {

	/**
	 * The latest observation per indicator of each country, most severe first, in one statement; every requested
	 * ISO3 is a key.
	 */
	Map<String, List<DeficitView>> findLatestByCountries(Collection<String> iso3s);

}
