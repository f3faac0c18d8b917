/**
 * Seeded generation of realistic matching problems for tests and benchmarks.
 */
package org.ilo.coalition.matching.generate;
