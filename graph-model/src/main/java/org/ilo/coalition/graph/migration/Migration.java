package org.ilo.coalition.graph.migration;

import java.util.List;

/**
 * One versioned Cypher script ({@code V0001__description.cypher}) split into the statements it runs one by one.
 *
 * @param checksum CRC32 of the script text, so that an edited script that was already applied is caught
 */
public record Migration(int version, String description, List<String> statements, long checksum) {
}
