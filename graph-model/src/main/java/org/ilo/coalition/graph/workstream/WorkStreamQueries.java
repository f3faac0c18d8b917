package org.ilo.coalition.graph.workstream;

import java.util.Collection;
import java.util.List;

/** Read queries for work streams. */
public interface WorkStreamQueries {

	/** All work streams by name, or only those on {@code programmeCode} when it is not {@code null}. */
	List<WorkStreamView> findViews(String programmeCode);

	/** Work streams with these ids; unknown ids are skipped. */
	List<WorkStreamView> findViewsByIds(Collection<String> ids);

}
