package org.sgbridge.account.internal;

import java.util.Locale;
import java.util.Optional;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.AccountLocales;
import org.springframework.stereotype.Component;

/** The platform's language resolution reads and remembers the signed-in account's language here. */
@Component
class AccountLocaleStore implements AccountLocales {

	private final AccountManagement accounts;

	AccountLocaleStore(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Locale> localeOf(String accountId) {
		return accounts.find(accountId).map(a -> Locale.forLanguageTag(a.locale()));
	}

	@Override
	public void remember(String accountId, Locale locale) {
		accounts.chooseLocale(accountId, locale);
	}
}
