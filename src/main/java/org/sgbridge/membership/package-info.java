/**
 * Membership after the pilot (issue 19): the categories of ITU membership as data, one per sector,
 * with their yearly fee and employee threshold kept with their history. Later slices: memberships,
 * the what-if of the PP-18 report, invoices, payments and pay-as-you-go.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "directory :: api", "meeting :: api", "pilot :: api", "platform" })
package org.sgbridge.membership;
