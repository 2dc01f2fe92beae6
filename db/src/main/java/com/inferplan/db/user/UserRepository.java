package com.inferplan.db.user;

import static com.inferplan.db.jooq.Tables.APP_USER;

import com.inferplan.db.jooq.tables.records.AppUserRecord;
import com.inferplan.db.support.StaleVersionException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Users; changes check the version read, as every other saved record does. */
@Repository
public class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UserRow> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(UserRepository::toRow);
    }

    public Optional<UserRow> find(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(UserRepository::toRow);
    }

    public int count() {
        return dsl.fetchCount(APP_USER);
    }

    public boolean anyAdmin() {
        return dsl.fetchExists(DSL.selectOne().from(APP_USER).where(APP_USER.ROLE.eq("admin")
                .and(APP_USER.ENABLED.isTrue())));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the name is taken */
    public UserRow insert(String username, String passwordHash, String role, String createdBy) {
        dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username).set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role).set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_BY, createdBy).set(APP_USER.CREATED_AT, LocalDateTime.now())
                .set(APP_USER.VERSION, 1)
                .execute();
        return find(username).orElseThrow();
    }

    /** Sets role, enabled flag and (when not null) password over {@code expectedVersion}. */
    public UserRow update(String username, String role, boolean enabled, String passwordHash, int expectedVersion) {
        var update = dsl.update(APP_USER).set(APP_USER.ROLE, role).set(APP_USER.ENABLED, enabled);
        if (passwordHash != null) {
            update = update.set(APP_USER.PASSWORD_HASH, passwordHash);
        }
        int changed = update.set(APP_USER.VERSION, expectedVersion + 1)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute();
        if (changed == 0) {
            throw new StaleVersionException("user", username, expectedVersion);
        }
        return find(username).orElseThrow();
    }

    private static UserRow toRow(AppUserRecord r) {
        return new UserRow(r.getUsername(), r.getPasswordHash(), r.getRole(), r.getEnabled(), r.getCreatedBy(),
                r.getCreatedAt(), r.getVersion());
    }
}
