/**
 * The directory: ITU Member States (codes, names in six languages, region, least-developed and
 * developing status with history), organisations and their members, focal points and national SME
 * criteria. Published schema: {@code directory_member_state_v}, {@code directory_organization_v},
 * {@code directory_sme_criteria_v} and {@code directory_focal_point_v} (the focal points in office).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "platform" })
package org.sgbridge.directory;
