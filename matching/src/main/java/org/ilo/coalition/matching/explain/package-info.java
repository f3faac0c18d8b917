/**
 * Plain records explaining each assigned part: reasons with their score impact and the next-best alternative.
 */
package org.ilo.coalition.matching.explain;
