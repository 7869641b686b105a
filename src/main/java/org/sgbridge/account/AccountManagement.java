package org.sgbridge.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: sign-up and verification, sign-in (password, second factor, throttling),
 * API tokens, password reset and change, e-mail change, staff accounts.
 */
@NamedInterface("api")
@Service
@Transactional
public class AccountManagement {

	static final Set<String> ROLES = Set.of(Actor.ADMIN, Actor.SECRETARIAT);

	/**
	 * Active accounts with a role. {@code roles > ''} holds for every account with a role and lets
	 * the index on (status, roles) of V18 find them without reading the others; a {@code LIKE '%...%'}
	 * alone cannot use an index, on PostgreSQL or H2.
	 */
	private static final String HOLDS_ROLES = "status = 'ACTIVE' AND roles > ''";

	/** The request attribute that holds the id of the bearer token a request was signed in with. */
	public static final String API_TOKEN_ID = "org.sgbridge.account.apiTokenId";

	private final Accounts accounts;
	private final OneTimeTokens tokens;
	private final PasswordEncoder passwords;
	private final SignInThrottle throttle;
	private final RateLimits limits;
	private final Limits limit;
	private final SessionEnder sessions;
	private final Totp totp;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration apiTokenLifetime;
	/** Compared against when the e-mail is unknown, so that timing does not tell which accounts exist. */
	/** A hash to check a password against when no account has the e-mail (same time either way), made on first use, not at start. */
	private volatile String dummyHash;

	AccountManagement(Accounts accounts, OneTimeTokens tokens, PasswordEncoder passwords, SignInThrottle throttle,
			RateLimits limits, Limits limit, SessionEnder sessions, Totp totp, org.springframework.context.ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock,
			@Value("${sgbridge.api-token-lifetime:PT24H}") Duration apiTokenLifetime) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.throttle = throttle;
		this.limits = limits;
		this.limit = limit;
		this.sessions = sessions;
		this.totp = totp;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.apiTokenLifetime = apiTokenLifetime;
	}

	/**
	 * Someone creates an account; a verification link is mailed in their language. Every attempt
	 * counts towards the sign-ups allowed per client address (429 {@code too-many-attempts} beyond).
	 */
	public AccountView signUp(String email, String password, String name, String locale, Locale requestLocale,
			String clientAddress) {
		limits.hit("sign-up-address:" + clientAddress, limit.signUpsPerAddress(), limit.window(),
				"problem.too-many-sign-ups.detail");
		List<Problem.FieldProblem> problems = new ArrayList<>();
		String normalized = Account.normalize(email);
		if (normalized == null || normalized.isEmpty()) {
			problems.add(new Problem.FieldProblem("email", "validation.NotBlank"));
		}
		else {
			org.sgbridge.platform.EmailAddress.problem(normalized).ifPresent(k -> problems.add(new Problem.FieldProblem("email", k)));
		}
		PasswordPolicy.check(password, normalized).ifPresent(k -> problems.add(new Problem.FieldProblem("password", k,
				PasswordPolicy.MIN_LENGTH)));
		if (name == null || name.isBlank()) {
			problems.add(new Problem.FieldProblem("name", "validation.NotBlank"));
		}
		else if (name.length() > 200) {
			problems.add(new Problem.FieldProblem("name", "validation.Size", 200, 1));
		}
		Locale chosen = requestLocale == null ? Languages.DEFAULT : requestLocale;
		if (locale != null && !locale.isBlank()) {
			Optional<Locale> supported = Languages.supported(locale);
			if (supported.isEmpty()) {
				problems.add(new Problem.FieldProblem("locale", "validation.locale"));
			}
			else {
				chosen = supported.get();
			}
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		if (accounts.existsByEmail(normalized)) {
			throw Problem.conflict("duplicate-email");
		}
		Account account = Account.register(normalized, name, passwords.encode(password), chosen, clock.instant());
		save(account);
		sendVerification(account);
		return AccountView.of(account);
	}

	/** Sends a new verification link, when the account still waits for one. Silent otherwise. */
	public void resendVerification(String email) {
		accounts.findByEmail(Account.normalize(email))
			.filter(a -> a.status() == Account.Status.PENDING_VERIFICATION)
			.ifPresent(this::sendVerification);
	}

	private void sendVerification(Account account) {
		String token = tokens.issue(account.id(), OneTimeTokens.Purpose.VERIFY_EMAIL, null);
		events.publishEvent(new AccountEvent.VerificationIssued(account.id(), account.email(), account.name(), account.locale(), token));
	}

	/** Uses a verification token: the account becomes active. */
	public AccountView verify(String token) {
		OneTimeTokens.Used used = tokens.use(token, OneTimeTokens.Purpose.VERIFY_EMAIL).orElseThrow(AccountManagement::invalidToken);
		Account account = accounts.findById(used.accountId()).orElseThrow(AccountManagement::invalidToken);
		account.verify();
		save(account);
		return AccountView.of(account);
	}

	/**
	 * Checks a sign-in: throttling first, then the password, then the second factor (a code or a
	 * recovery code) when the account has one. Used by the form and by the token endpoint.
	 */
	@Transactional(noRollbackFor = Problem.class)
	public Actor authenticate(String email, String password, String code, String clientAddress) {
		String normalized = Account.normalize(email);
		throttle.check(normalized, clientAddress);
		Optional<Account> found = normalized == null ? Optional.empty() : accounts.findByEmail(normalized);
		boolean passwordOk = passwords.matches(password == null ? "" : password,
				found.map(Account::passwordHash).orElseGet(this::dummyHash));
		if (found.isEmpty() || !passwordOk || found.get().status() == Account.Status.DISABLED) {
			throttle.failed(normalized, clientAddress);
			throw Problem.of(HttpStatus.UNAUTHORIZED, "bad-credentials");
		}
		Account account = found.get();
		if (account.totpEnabled()) {
			if (code == null || code.isBlank()) {
				throw Problem.of(HttpStatus.UNAUTHORIZED, "totp-required");
			}
			checkSecondFactor(account, code, normalized, clientAddress);
		}
		return signedIn(account, normalized, clientAddress);
	}

	/**
	 * The second step of a sign-in whose password was right: the code of the account's second
	 * factor, or one of its recovery codes. A wrong code counts towards the throttle like a wrong
	 * password (so the code cannot be guessed on this step either).
	 */
	@Transactional(noRollbackFor = Problem.class)
	public Actor authenticateSecondFactor(String email, String code, String clientAddress) {
		String normalized = Account.normalize(email);
		throttle.check(normalized, clientAddress);
		Account account = normalized == null ? null : accounts.findByEmail(normalized).orElse(null);
		if (account == null || account.status() == Account.Status.DISABLED || !account.totpEnabled()) {
			throw Problem.of(HttpStatus.UNAUTHORIZED, "bad-credentials");
		}
		if (code == null || code.isBlank()) {
			throw Problem.invalidField("code", "validation.NotBlank");
		}
		checkSecondFactor(account, code.strip(), normalized, clientAddress);
		return signedIn(account, normalized, clientAddress);
	}

	/** The second factor's code, or one of the recovery codes; a wrong one counts towards the throttle. */
	private void checkSecondFactor(Account account, String code, String normalized, String clientAddress) {
		if (!totp.matches(account.totpSecret(), code) && !useRecoveryCode(account.id(), code)) {
			throttle.failed(normalized, clientAddress);
			throw Problem.of(HttpStatus.UNAUTHORIZED, "bad-credentials");
		}
	}

	/** A sign-in that passed: the throttle forgets its failures; an account not yet verified still gets nothing. */
	private Actor signedIn(Account account, String normalized, String clientAddress) {
		throttle.succeeded(normalized, clientAddress);
		if (account.status() == Account.Status.PENDING_VERIFICATION) {
			throw Problem.of(HttpStatus.FORBIDDEN, "account-not-verified");
		}
		return actorOf(account);
	}

	/** Issues an API token for a verified account; only its hash is kept. */
	@Transactional(noRollbackFor = Problem.class)
	public IssuedToken issueApiToken(String email, String password, String code, String clientAddress) {
		Actor actor = authenticate(email, password, code, clientAddress);
		String token = Secrets.newToken();
		Instant expires = clock.instant().plus(apiTokenLifetime);
		String id = java.util.UUID.randomUUID().toString();
		jdbc.sql("INSERT INTO api_token (id, token_hash, account_id, created_at, expires_at) VALUES (:id, :h, :a, :now, :exp)")
			.param("id", id)
			.param("h", Secrets.sha256(token))
			.param("a", actor.accountId())
			.param("now", Timestamp.from(clock.instant()))
			.param("exp", Timestamp.from(expires))
			.update();
		return new IssuedToken(id, token, expires);
	}

	/** The actor of a bearer token, when it is known and unexpired and its account active. */
	public Optional<Actor> actorOfApiToken(String token) {
		return apiSession(token).map(ApiSession::actor);
	}

	/**
	 * The actor of a bearer token and the token's id, when it is known, unrevoked and unexpired and
	 * its account active. Notes its use (at most once a minute, so that reads stay cheap).
	 */
	public Optional<ApiSession> apiSession(String token) {
		if (token == null || token.isEmpty() || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String hash = Secrets.sha256(token);
		Optional<String[]> found = jdbc.sql("SELECT id, account_id FROM api_token WHERE token_hash = :h AND expires_at > :now")
			.param("h", hash)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		Optional<ApiSession> session = found.flatMap(row -> accounts.findById(row[1])
			.filter(a -> a.status() == Account.Status.ACTIVE)
			.map(a -> new ApiSession(actorOf(a), row[0])));
		session.ifPresent(s -> jdbc.sql("""
				UPDATE api_token SET last_used_at = :now
				WHERE token_hash = :h AND (last_used_at IS NULL OR last_used_at < :since)""")
			.param("now", Timestamp.from(now))
			.param("h", hash)
			.param("since", Timestamp.from(now.minusSeconds(60)))
			.update());
		return session;
	}

	/**
	 * One's unexpired API tokens, newest first, without their secrets; {@code currentTokenId} marks
	 * the one in use. (They last a day by default, so there are few.)
	 */
	@Transactional(readOnly = true)
	public List<ApiTokenView> apiTokens(Actor actor, String currentTokenId) {
		return jdbc.sql("""
				SELECT id, created_at, expires_at, last_used_at FROM api_token
				WHERE account_id = :a AND expires_at > :now ORDER BY created_at DESC, id""")
			.param("a", actor.accountId())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new ApiTokenView(rs.getString(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
					rs.getString(1).equals(currentTokenId)))
			.list();
	}

	/** Revokes one of one's API tokens; it is refused at once. Another account's token is not found (404). */
	public void revokeApiToken(Actor actor, String tokenId) {
		int revoked = jdbc.sql("DELETE FROM api_token WHERE id = :id AND account_id = :a")
			.param("id", tokenId == null ? "" : tokenId)
			.param("a", actor.accountId())
			.update();
		if (revoked == 0) {
			throw Problem.notFound();
		}
	}

	/**
	 * Mails a reset link when the address belongs to an account; says nothing either way. A new link
	 * makes every earlier one useless. Every request counts towards the limits per e-mail and per
	 * client address (429 {@code too-many-attempts} beyond), whether the address is known or not.
	 */
	public void requestPasswordReset(String email, String clientAddress) {
		String normalized = Account.normalize(email);
		limits.hit("reset-email:" + Secrets.sha256(normalized == null ? "" : normalized), limit.resetsPerEmail(),
				limit.window(), "problem.too-many-resets.detail");
		limits.hit("reset-address:" + clientAddress, limit.resetsPerAddress(), limit.window(),
				"problem.too-many-resets.detail");
		accounts.findByEmail(normalized).filter(a -> a.status() != Account.Status.DISABLED).ifPresent(a -> {
			tokens.revokeAll(a.id(), OneTimeTokens.Purpose.RESET_PASSWORD);
			String token = tokens.issue(a.id(), OneTimeTokens.Purpose.RESET_PASSWORD, null);
			events.publishEvent(new AccountEvent.PasswordResetIssued(a.id(), a.email(), a.name(), a.locale(), token));
		});
	}

	/**
	 * Sets a new password with a reset token: every other reset link, every API token and every
	 * session of the account end.
	 */
	public void resetPassword(String token, String newPassword) {
		OneTimeTokens.Used used = tokens.use(token, OneTimeTokens.Purpose.RESET_PASSWORD)
			.orElseThrow(AccountManagement::invalidToken);
		Account account = accounts.findById(used.accountId()).orElseThrow(AccountManagement::invalidToken);
		checkPassword(newPassword, account.email(), "password");
		account.changePassword(passwords.encode(newPassword));
		save(account);
		tokens.revokeAll(account.id(), OneTimeTokens.Purpose.RESET_PASSWORD);
		revokeApiTokens(account.id(), null);
		sessions.endAll(account.id(), null);
		events.publishEvent(new AccountEvent.PasswordChanged(account.id(), account.email(), account.name(), account.locale()));
	}

	/**
	 * Changes one's password: every session and API token of the account ends but the one this
	 * change is made in ({@code currentSessionId} or {@code currentTokenId}, either may be null), and
	 * pending reset links stop working.
	 */
	public void changePassword(Actor actor, String currentPassword, String newPassword, String currentSessionId,
			String currentTokenId) {
		Account account = load(actor);
		if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
			throw Problem.invalidField("currentPassword", "validation.password.wrong");
		}
		checkPassword(newPassword, account.email(), "newPassword");
		account.changePassword(passwords.encode(newPassword));
		save(account);
		tokens.revokeAll(account.id(), OneTimeTokens.Purpose.RESET_PASSWORD);
		revokeApiTokens(account.id(), currentTokenId);
		sessions.endAll(account.id(), currentSessionId);
		events.publishEvent(new AccountEvent.PasswordChanged(account.id(), account.email(), account.name(), account.locale()));
	}

	/** Mails a confirmation link to the new address; the change happens when it is used. */
	public void requestEmailChange(Actor actor, String newEmail, String currentPassword) {
		Account account = load(actor);
		// Both fields are checked, so that every mistake is told at once.
		List<Problem.FieldProblem> problems = new ArrayList<>();
		String normalized = Account.normalize(newEmail);
		org.sgbridge.platform.EmailAddress.problem(normalized)
			.ifPresent(k -> problems.add(new Problem.FieldProblem("newEmail", k)));
		if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
			problems.add(new Problem.FieldProblem("currentPassword", "validation.password.wrong"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		if (accounts.existsByEmail(normalized)) {
			throw Problem.conflict("duplicate-email");
		}
		String token = tokens.issue(account.id(), OneTimeTokens.Purpose.CHANGE_EMAIL, normalized);
		events.publishEvent(new AccountEvent.EmailChangeRequested(account.id(), account.email(), normalized, account.name(),
				account.locale(), token));
	}

	public AccountView confirmEmailChange(String token) {
		OneTimeTokens.Used used = tokens.use(token, OneTimeTokens.Purpose.CHANGE_EMAIL).orElseThrow(AccountManagement::invalidToken);
		Account account = accounts.findById(used.accountId()).orElseThrow(AccountManagement::invalidToken);
		if (accounts.existsByEmail(used.newEmail())) {
			throw Problem.conflict("duplicate-email");
		}
		account.changeEmail(used.newEmail());
		save(account);
		return AccountView.of(account);
	}

	/** An administrator creates an account, already active, with roles among ADMIN and SECRETARIAT. */
	public AccountView createByAdmin(Actor admin, String email, String password, String name, Set<String> roles,
			String locale) {
		if (!admin.isAdmin()) {
			throw Problem.forbidden("admin");
		}
		return createActive(email, password, name, roles, locale);
	}

	/** Creates an active account (first administrator, demo accounts, administrators' creations). */
	public AccountView createActive(String email, String password, String name, Set<String> roles, String locale) {
		if (roles != null && roles.stream().anyMatch(java.util.Objects::isNull)) {
			throw Problem.invalidField("roles", "validation.roles");
		}
		Set<String> granted = roles == null ? Set.of() : Set.copyOf(roles);
		if (!ROLES.containsAll(granted)) {
			throw Problem.invalidField("roles", "validation.roles");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		String normalized = Account.normalize(email);
		org.sgbridge.platform.EmailAddress.problem(normalized)
			.ifPresent(k -> problems.add(new Problem.FieldProblem("email", k)));
		PasswordPolicy.check(password, normalized).ifPresent(k -> problems.add(new Problem.FieldProblem("password", k,
				PasswordPolicy.MIN_LENGTH)));
		if (name == null || name.isBlank()) {
			problems.add(new Problem.FieldProblem("name", "validation.NotBlank"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		if (accounts.existsByEmail(normalized)) {
			throw Problem.conflict("duplicate-email");
		}
		Locale chosen = Languages.supported(locale).orElse(Languages.DEFAULT);
		Account account = Account.createActive(normalized, name, passwords.encode(password), chosen, granted,
				clock.instant());
		save(account);
		return AccountView.of(account);
	}

	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM account WHERE " + HOLDS_ROLES + " AND roles LIKE '%ADMIN%') "
				+ "THEN 1 ELSE 0 END")
			.query(Integer.class)
			.single() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String accountId) {
		return accounts.findById(accountId).map(AccountView::of);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return accounts.findByEmail(Account.normalize(email)).map(AccountView::of);
	}

	/** The names of several accounts at once, by id (one query, for lists). */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> names(java.util.Collection<String> ids) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM account WHERE id IN (:ids)")
			.param("ids", List.copyOf(new java.util.HashSet<>(ids)))
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	/** How to reach an account: its name and e-mail address. */
	public record Contact(String name, String email) {
	}

	/** The names and addresses of several accounts at once, by id (one query, for exports). */
	@Transactional(readOnly = true)
	public java.util.Map<String, Contact> contacts(java.util.Collection<String> ids) {
		java.util.Map<String, Contact> contacts = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return contacts;
		}
		jdbc.sql("SELECT id, name, email FROM account WHERE id IN (:ids)")
			.param("ids", List.copyOf(new java.util.HashSet<>(ids)))
			.query((rs, n) -> contacts.put(rs.getString(1), new Contact(rs.getString(2), rs.getString(3))))
			.list();
		return contacts;
	}

	/** The active secretariat staff, who are told when something has nobody else to act on it, by e-mail. */
	@Transactional(readOnly = true)
	public List<AccountView> secretariat() {
		return findAll(secretariatIds());
	}

	/**
	 * The ids of the active secretariat staff, by e-mail: one query on the index of the few accounts
	 * that hold a role, not a scan of every account (a registration asks for them).
	 */
	@Transactional(readOnly = true)
	public List<String> secretariatIds() {
		return jdbc.sql("SELECT id FROM account WHERE " + HOLDS_ROLES + " AND roles LIKE '%SECRETARIAT%' ORDER BY email")
			.query(String.class)
			.list();
	}

	/** Several accounts at once, in the order of their ids (one query); an unknown id is left out. */
	@Transactional(readOnly = true)
	public List<AccountView> findAll(java.util.Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		java.util.Map<String, AccountView> found = new java.util.HashMap<>();
		accounts.findAllById(new java.util.LinkedHashSet<>(ids)).forEach(a -> found.put(a.id(), AccountView.of(a)));
		return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	@Transactional(readOnly = true)
	public List<AccountView> all() {
		List<AccountView> all = new ArrayList<>();
		accounts.findAll().forEach(a -> all.add(AccountView.of(a)));
		all.sort(java.util.Comparator.comparing(AccountView::email));
		return all;
	}

	public void rename(Actor actor, String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw Problem.invalidField("name", "validation.NotBlank");
		}
		Account account = load(actor);
		account.rename(name);
		save(account);
	}

	public void chooseLocale(String accountId, Locale locale) {
		accounts.findById(accountId).ifPresent(account -> {
			if (!account.locale().getLanguage().equals(locale.getLanguage())) {
				account.chooseLocale(locale);
				save(account);
			}
		});
	}

	/** Starts the set-up of the second factor: a new secret, shown once with its QR code. */
	public TotpSetup prepareTotp(Actor actor) {
		Account account = load(actor);
		String secret = totp.newSecret();
		account.prepareTotp(secret);
		save(account);
		return totp.setup(secret, account.email());
	}

	/** The set-up in progress, to show again after a wrong code. */
	@Transactional(readOnly = true)
	public Optional<TotpSetup> pendingTotp(Actor actor) {
		Account account = load(actor);
		if (account.totpEnabled() || account.totpSecret() == null) {
			return Optional.empty();
		}
		return Optional.of(totp.setup(account.totpSecret(), account.email()));
	}

	/** Turns the second factor on once a code from the app matches; returns new recovery codes, shown once. */
	public List<String> enableTotp(Actor actor, String code) {
		Account account = load(actor);
		if (!totp.matches(account.totpSecret(), code)) {
			throw Problem.invalidField("code", "validation.totp.wrong");
		}
		account.enableTotp();
		save(account);
		return newRecoveryCodes(account.id());
	}

	public void disableTotp(Actor actor, String currentPassword) {
		Account account = load(actor);
		if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
			throw Problem.invalidField("currentPassword", "validation.password.wrong");
		}
		account.disableTotp();
		save(account);
		jdbc.sql("DELETE FROM recovery_code WHERE account_id = :a").param("a", account.id()).update();
	}

	/** Replaces the recovery codes; the old ones stop working. */
	public List<String> newRecoveryCodes(Actor actor) {
		Account account = load(actor);
		if (!account.totpEnabled()) {
			throw Problem.conflict("totp-not-prepared");
		}
		return newRecoveryCodes(account.id());
	}

	@Transactional(readOnly = true)
	public int unusedRecoveryCodes(String accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = :a AND used_at IS NULL")
			.param("a", accountId)
			.query(Integer.class)
			.single();
	}

	private List<String> newRecoveryCodes(String accountId) {
		jdbc.sql("DELETE FROM recovery_code WHERE account_id = :a").param("a", accountId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String code = Secrets.newRecoveryCode();
			codes.add(code);
			jdbc.sql("INSERT INTO recovery_code (code_hash, account_id) VALUES (:h, :a)")
				.param("h", Secrets.sha256(code))
				.param("a", accountId)
				.update();
		}
		return codes;
	}

	private boolean useRecoveryCode(String accountId, String code) {
		String normalized = code.trim().toLowerCase(Locale.ROOT);
		return jdbc.sql("UPDATE recovery_code SET used_at = :now WHERE account_id = :a AND code_hash = :h AND used_at IS NULL")
			.param("now", Timestamp.from(clock.instant()))
			.param("a", accountId)
			.param("h", Secrets.sha256(normalized))
			.update() == 1;
	}

	private void revokeApiTokens(String accountId, String except) {
		jdbc.sql("DELETE FROM api_token WHERE account_id = :a AND id <> :except")
			.param("a", accountId)
			.param("except", except == null ? "" : except)
			.update();
	}

	private void checkPassword(String password, String email, String field) {
		PasswordPolicy.check(password, email).ifPresent(k -> {
			throw Problem.invalidField(field, k, PasswordPolicy.MIN_LENGTH);
		});
	}

	private Account load(Actor actor) {
		return accounts.findById(actor.accountId()).orElseThrow(() -> Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated"));
	}

	private void save(Account account) {
		try {
			accounts.save(account);
		}
		catch (RuntimeException e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof DuplicateKeyException) {
					throw Problem.conflict("duplicate-email");
				}
				if (t instanceof OptimisticLockingFailureException) {
					throw Problem.conflict("concurrent-change");
				}
			}
			throw e;
		}
	}

	static Actor actorOf(Account account) {
		return new Actor(account.id(), account.email(), account.name(), account.roles());
	}

	private static Problem invalidToken() {
		return Problem.of(HttpStatus.BAD_REQUEST, "invalid-token");
	}

	/** A bearer token for the API, its id and when it expires. */
	public record IssuedToken(String id, String token, Instant expiresAt) {
	}

	/** Who a bearer token signs in, and which token it is. */
	public record ApiSession(Actor actor, String tokenId) {
	}

	/** An API token as its owner sees it: never the secret. */
	public record ApiTokenView(String id, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean current) {
	}


	private String dummyHash() {
		String hash = dummyHash;
		if (hash == null) {
			hash = passwords.encode("not-a-password-of-anyone");
			dummyHash = hash;
		}
		return hash;
	}
}
