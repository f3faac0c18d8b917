package org.ilo.coalition.api.graphql;

/**
 * A well-formed id that names nothing, where the field cannot answer {@code null} (a non-null list about that object);
 * the message names the argument and the id.
 */
public class NotFoundException extends RuntimeException {

	private final String argument;

	private final String id;

	public NotFoundException(String argument, String type, String id) {
		super("Argument '" + argument + "': no " + type + " has the id '" + id + "'");
		this.argument = argument;
		this.id = id;
	}

	/** The name of the argument that carried the id, as the schema spells it. */
	public String argument() {
		return this.argument;
	}

	/** The id as the client sent it. */
	public String id() {
		return this.id;
	}

}
