package com.inferplan.db.user;

import static com.inferplan.db.jooq.Tables.API_TOKEN;

import com.inferplan.db.jooq.tables.records.ApiTokenRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Personal API tokens; a revoked token stays listed (with its revocation time) and never works again. */
@Repository
public class ApiTokenRepository {

    private final DSLContext dsl;

    public ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ApiTokenRow> findByUser(String username) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USERNAME.eq(username)).orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(ApiTokenRepository::toRow);
    }

    public Optional<ApiTokenRow> findActiveByHash(String tokenSha256) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.TOKEN_SHA256.eq(tokenSha256).and(API_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional(ApiTokenRepository::toRow);
    }

    public ApiTokenRow insert(String id, String username, String name, String tokenSha256) {
        dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, id).set(API_TOKEN.USERNAME, username).set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_SHA256, tokenSha256).set(API_TOKEN.CREATED_AT, LocalDateTime.now())
                .execute();
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOne(ApiTokenRepository::toRow);
    }

    public void touch(String id) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, LocalDateTime.now()).where(API_TOKEN.ID.eq(id)).execute();
    }

    /** Revokes the user's own token; false when it is not theirs, unknown or already revoked. */
    public boolean revoke(String id, String username) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, LocalDateTime.now())
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.USERNAME.eq(username)).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute() > 0;
    }

    private static ApiTokenRow toRow(ApiTokenRecord r) {
        return new ApiTokenRow(r.getId(), r.getUsername(), r.getName(), r.getTokenSha256(), r.getCreatedAt(),
                r.getLastUsedAt(), r.getRevokedAt());
    }
}
