/**
 * The solver's domain: immutable facts (records), the request part as planning entity, the plan as planning
 * solution, and the builder that cuts requests into parts with their eligible offers.
 */
package org.ilo.coalition.matching.plan;
