package org.ilo.coalition.graph.ilostat;

/**
 * An open support request whose severity (what matching weighs it by) an import moved.
 *
 * @param before its severity before the import, {@code null} when no indicator it addresses had data
 * @param after its severity after the import, {@code null} when none has
 */
public record SeverityChange(String requestId, String countryIso3, Integer before, Integer after) {
}
