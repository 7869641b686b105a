/**
 * Sectors, study periods, study groups and their sub-groups, and (later) leadership appointments
 * and their eligibility.
 */
package org.sgbridge.studygroup;
