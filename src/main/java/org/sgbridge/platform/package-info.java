/**
 * The shared platform every module stands on: the injected clock, the language of a request,
 * problem details for refusals, error pages, security headers and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sgbridge.platform;
