/**
 * Why a request is a gap: the first of the solver's pair rules ({@code plan.Eligibility}) that no admitted offer
 * passes, for the gaps report (docs/reports.md, "Gaps").
 */
package org.ilo.coalition.matching.gap;
