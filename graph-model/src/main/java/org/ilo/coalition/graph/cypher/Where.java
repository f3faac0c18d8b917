package org.ilo.coalition.graph.cypher;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one way to write optional filters: each is a constant Cypher fragment, joined with {@code AND} only when its
 * value is given, and the value travels as a parameter. A fragment never comes from input, and no statement carries a
 * {@code $x IS NULL OR ...} condition, which keeps the planner from using indexes.
 */
public final class Where {

	private final StringJoiner conditions = new StringJoiner(" AND ");

	private final Map<String, Object> parameters = new HashMap<>();

	/** Adds {@code fragment}, which reads {@code $parameter}, when {@code value} is not null. */
	public Where and(String parameter, Object value, String fragment) {
		if (value != null) {
			this.parameters.put(parameter, value);
			this.conditions.add(fragment);
		}
		return this;
	}

	/** Adds {@code fragment}, whose parameters the caller binds, when {@code given}. */
	public Where and(boolean given, String fragment) {
		if (given) {
			this.conditions.add(fragment);
		}
		return this;
	}

	/** The conditions joined, or {@code true} when none is given: to follow a {@code WHERE}. */
	public String conditions() {
		return (this.conditions.length() == 0) ? "true" : this.conditions.toString();
	}

	/** The values of the conditions that were added. */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

}
