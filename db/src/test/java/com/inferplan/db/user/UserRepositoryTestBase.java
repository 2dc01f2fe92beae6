package com.inferplan.db.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.db.support.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** Users and their API tokens, written once, run on H2 and on PostgreSQL by the subclasses; each test rolls back. */
@SpringBootTest
@Transactional
abstract class UserRepositoryTestBase {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuv0123456789012345678901234567890";

    @Autowired
    UserRepository users;

    @Autowired
    ApiTokenRepository tokens;

    @Test
    void aNewUserIsEnabledAtVersionOne() {
        int before = users.count();

        UserRow ana = users.insert("ana", HASH, "analyst", "admin");

        assertThat(ana.enabled()).isTrue();
        assertThat(ana.version()).isEqualTo(1);
        assertThat(ana.createdBy()).isEqualTo("admin");
        assertThat(users.count()).isEqualTo(before + 1);
        assertThat(users.find("ana")).get().extracting(UserRow::passwordHash).isEqualTo(HASH);
    }

    @Test
    void aTakenNameIsADuplicateKey() {
        users.insert("ana", HASH, "analyst", "admin");

        // UserAccountService turns exactly this exception into "name taken", on either database.
        assertThatThrownBy(() -> users.insert("ana", HASH, "viewer", "admin")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anUpdateAtTheVersionReadKeepsThePasswordUnlessGivenAndAStaleOneIsRejected() {
        users.insert("ana", HASH, "analyst", "admin");

        UserRow disabled = users.update("ana", "viewer", false, null, 1);
        assertThat(disabled).extracting(UserRow::role, UserRow::enabled, UserRow::passwordHash, UserRow::version)
                .containsExactly("viewer", false, HASH, 2);

        assertThatThrownBy(() -> users.update("ana", "admin", true, null, 1)).isInstanceOf(StaleVersionException.class);
        assertThat(users.find("ana")).get().extracting(UserRow::role).isEqualTo("viewer");
    }

    @Test
    void onlyAnEnabledAdminCountsAsAnAdmin() {
        boolean before = users.anyAdmin();
        users.insert("root", HASH, "admin", "cli");
        assertThat(users.anyAdmin()).isTrue();

        users.update("root", "admin", false, null, 1);
        assertThat(users.anyAdmin()).isEqualTo(before);
    }

    @Test
    void aTokenIsFoundByItsHashUntilItsOwnerRevokesIt() {
        users.insert("ana", HASH, "analyst", "admin");
        users.insert("bo", HASH, "analyst", "admin");
        ApiTokenRow token = tokens.insert("t1", "ana", "laptop", "a".repeat(64));
        assertThat(token.active()).isTrue();
        assertThat(token.lastUsedAt()).isNull();

        tokens.touch("t1");
        assertThat(tokens.findActiveByHash("a".repeat(64))).get().extracting(ApiTokenRow::lastUsedAt).isNotNull();

        assertThat(tokens.revoke("t1", "bo")).isFalse();
        assertThat(tokens.revoke("t1", "ana")).isTrue();
        assertThat(tokens.revoke("t1", "ana")).isFalse();
        assertThat(tokens.findActiveByHash("a".repeat(64))).isEmpty();
        assertThat(tokens.findByUser("ana")).extracting(ApiTokenRow::active).containsExactly(false);
    }

    @Test
    void aTokenNeedsAnExistingUser() {
        assertThatThrownBy(() -> tokens.insert("t1", "nobody", "laptop", "b".repeat(64)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
