package org.ilo.coalition.graph.command;

/** Input that is well formed but not acceptable in the graph's current state; the message names the field. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String problem) {
		super("Field '" + field + "' " + problem);
		this.field = field;
	}

	/** The offending input field, as the schema spells it. */
	public String field() {
		return this.field;
	}

}
