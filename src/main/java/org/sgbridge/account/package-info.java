/**
 * Accounts: sign-up with e-mail verification, sign-in (form sessions and API tokens), second factor,
 * password reset and change, roles, and the security configuration of the web and the API.
 */
package org.sgbridge.account;
