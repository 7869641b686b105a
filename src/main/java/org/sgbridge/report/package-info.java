/**
 * Reports to Council and the Plenipotentiary Conference, rebuilt for any past date from the
 * modules' published history views (never their tables), aggregated in SQL.
 */
package org.sgbridge.report;
