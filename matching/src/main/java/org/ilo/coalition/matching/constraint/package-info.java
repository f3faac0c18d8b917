/**
 * The matching score: one constraint per rule, their justifications and every weight.
 */
package org.ilo.coalition.matching.constraint;
