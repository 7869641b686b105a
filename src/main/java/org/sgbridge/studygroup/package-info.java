/**
 * Sectors, study periods, study groups and their Questions with their titles in the six languages
 * (ITU's English title; translations made for SG Bridge flagged unofficial), leadership
 * appointments and their eligibility (DecisionRights).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "directory :: api", "platform" })
package org.sgbridge.studygroup;
