/**
 * Knowing when the graph changed: a count of committed writes, which keys every cached read so that no cache serves
 * a value older than the latest write of this process.
 */
package org.ilo.coalition.graph.change;
