package org.ilo.coalition.graph.request;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.ResultPage;

/** Read queries for support requests, each one Cypher statement whatever the number of keys. */
public interface SupportRequestQueries {

	/** The ordering name that request cursors carry. */
	String ORDERING = "supportRequest";

	/** One page in (deadline, id) order after {@code after}, with the total count. */
	ResultPage<SupportRequestView> findPage(SupportRequestFilter filter, int first, Cursor after);

	/** Requests with these ids; unknown ids are skipped. */
	List<SupportRequestView> findViewsByIds(Collection<String> ids);

	/** Requests of each country, soonest deadline first; every requested ISO3 is a key. */
	Map<String, List<SupportRequestView>> findViewsByCountries(Collection<String> iso3s);

	/** The cursor that points at {@code request} in the list's ordering. */
	static Cursor cursorOf(SupportRequestView request) {
		return new Cursor(ORDERING, request.deadline().toString(), request.id());
	}

}
