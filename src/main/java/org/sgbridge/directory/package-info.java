/**
 * The directory: ITU Member States (codes, names in six languages, region, least-developed and
 * developing status with history), organisations and their members, focal points and national SME
 * criteria.
 */
package org.sgbridge.directory;
