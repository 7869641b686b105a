/**
 * Accounts: sign-up with e-mail verification, sign-in (form sessions and API tokens), second factor,
 * password reset and change, roles, and the security configuration of the web and the API.
 * Published schema: {@code account_name_v} (an account's name, as lists show it).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package org.sgbridge.account;
