/**
 * Knowing when the graph changed: a count of committed writes, and caches of reads that never serve a value older
 * than the latest write of this process.
 */
package org.ilo.coalition.graph.change;
