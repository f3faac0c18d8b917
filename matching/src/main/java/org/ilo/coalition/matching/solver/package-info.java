/**
 * The solver configuration that the api module turns into its SolverFactory, SolverManager and SolutionManager.
 */
package org.ilo.coalition.matching.solver;
