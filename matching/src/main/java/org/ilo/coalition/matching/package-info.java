/**
 * The matching engine's plain-Java domain: solver model, constraints and plan checks.
 *
 * <p>It depends on no other module of the platform and on no Spring Data, Neo4j driver or GraphQL type, so that the
 * solver can be built and tested on its own; the api module maps the graph into this model and back.
 */
package org.ilo.coalition.matching;
