/**
 * The audit trail: the append-only, hash-chained record of every decision, written from the
 * modules' {@link org.sgbridge.platform.Audited} events in the transaction of the change itself
 * (an entry is there when the call that caused it has answered). The secretariat searches all of
 * it, a DFP its own state's entries; pages show an object's history from it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "directory :: api", "platform" })
package org.sgbridge.audit;
