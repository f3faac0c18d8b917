package org.ilo.coalition.graph.command;

import java.util.Objects;

/**
 * A client-chosen key that makes a creation safe to repeat: the same caller repeating a creation with the same key
 * gets the first result back (see {@link IdempotencyKeys}).
 *
 * @param caller who calls, including whom they act for (a partner or country), so that keys of different callers
 * never meet
 * @param value the key as the client sent it, already checked against the schema's alphabet and length
 */
public record IdempotencyKey(String caller, String value) {

	public IdempotencyKey {
		Objects.requireNonNull(caller, "caller");
		Objects.requireNonNull(value, "value");
	}

}
