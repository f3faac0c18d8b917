package org.ilo.coalition.graph.command;

/** A change names something that does not exist; the message names the argument and the id. */
public class NotFoundException extends RuntimeException {

	private final String field;

	public NotFoundException(String field, String what, String id) {
		super("No " + what + " with id '" + id + "' (argument '" + field + "')");
		this.field = field;
	}

	/** The input field that named the missing object. */
	public String field() {
		return this.field;
	}

}
