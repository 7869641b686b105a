package org.sgbridge.account;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, String> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);
}
