package org.ilo.coalition.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay global id: the GraphQL type name and the object's own key, encoded as one opaque string.
 */
public record GlobalId(String type, String key) {

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((this.type + ":" + this.key).getBytes(StandardCharsets.UTF_8));
	}

	public static String of(String type, String key) {
		return new GlobalId(type, key).encode();
	}

	/**
	 * Decodes any global id issued by this API.
	 * @throws BadRequestException naming {@code argument} when {@code text} is not one
	 */
	public static GlobalId decode(String argument, String text) {
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(argument, "is not a valid id: '" + abbreviate(text) + "'");
		}
		int colon = raw.indexOf(':');
		if (colon <= 0 || colon == raw.length() - 1) {
			throw new BadRequestException(argument, "is not a valid id: '" + abbreviate(text) + "'");
		}
		return new GlobalId(raw.substring(0, colon), raw.substring(colon + 1));
	}

	/**
	 * Decodes a global id that must be of {@code expectedType}.
	 * @throws BadRequestException naming {@code argument} when it is not an id, or an id of another type
	 */
	public static String keyOf(String argument, String expectedType, String text) {
		GlobalId id = decode(argument, text);
		if (!id.type().equals(expectedType)) {
			throw new BadRequestException(argument, "is the id of a " + id.type() + ", not of a " + expectedType);
		}
		return id.key();
	}

	private static String abbreviate(String text) {
		return text.length() > 64 ? text.substring(0, 64) + "…" : text;
	}

}
