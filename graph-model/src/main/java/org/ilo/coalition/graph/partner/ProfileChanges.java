package org.ilo.coalition.graph.partner;

import java.util.List;
import java.util.Set;

/**
 * Validated changes to a partner's profile; {@code null} fields stay as they are.
 *
 * @param cleared the optional properties to remove ({@link #DESCRIPTION}, {@link #WEBSITE}): a {@code null} field
 * cannot say "clear" by itself, since it means "unchanged"
 */
public record ProfileChanges(String name, String description, String website, List<String> languages,
		String contactEmail, Set<String> cleared) {

	public static final String DESCRIPTION = "description";

	public static final String WEBSITE = "website";

}
