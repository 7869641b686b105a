package org.sgbridge.account;

/** What a person needs to add the account to an authenticator app: the key, its address and QR code. */
public record TotpSetup(String secret, String uri, String qrImage) {
}
