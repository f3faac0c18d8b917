/**
 * An independent, plain-Java check of every hard rule on any plan.
 */
package org.ilo.coalition.matching.check;
