package org.ilo.coalition.graph.partner;

import java.util.List;

/** Validated changes to a partner's profile; {@code null} fields stay as they are. */
public record ProfileChanges(String name, String description, String website, List<String> languages,
		String contactEmail) {
}
