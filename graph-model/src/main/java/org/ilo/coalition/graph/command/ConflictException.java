package org.ilo.coalition.graph.command;

/** A change collides with the current state: a duplicate, a stale version, or a state that does not allow it. */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The input field the conflict is about. */
	public String field() {
		return this.field;
	}

}
