package org.ilo.coalition.api.graphql;

/** An argument the client sent is unusable; the message names the argument and what is wrong with it. */
public class BadRequestException extends RuntimeException {

	private final String argument;

	public BadRequestException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
		this.argument = argument;
	}

	/** The name of the offending argument, as the schema spells it. */
	public String argument() {
		return this.argument;
	}

}
