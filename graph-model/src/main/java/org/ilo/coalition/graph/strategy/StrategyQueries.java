package org.ilo.coalition.graph.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read queries for national strategies and their objectives, each one statement whatever the number of keys. */
public interface StrategyQueries {

	/** Strategies of each country, newest dialogue first; every requested ISO3 is a key. */
	Map<String, List<StrategyView>> findViewsByCountries(Collection<String> iso3s);

	/** Strategies with these ids; unknown ids are skipped. */
	List<StrategyView> findViewsByIds(Collection<String> ids);

	/** Objectives of each strategy, by title; every requested strategy id is a key. */
	Map<String, List<ObjectiveView>> findObjectivesByStrategies(Collection<String> strategyIds);

	/** Objectives with these ids; unknown ids are skipped. */
	List<ObjectiveView> findObjectivesByIds(Collection<String> ids);

}
