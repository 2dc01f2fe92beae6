package com.inferplan.backend.security;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.user.ApiTokenRepository;
import com.inferplan.db.user.ApiTokenRow;
import com.inferplan.db.user.UserRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each person creates and revokes their own. A token is 32 random bytes; only
 * its SHA-256 is stored (a fast hash suffices for a secret of that entropy, unlike a password).
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "ipt_";
    private static final String ENTITY = "api-token";
    private static final int MAX_NAME = 100;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenService(ApiTokenRepository tokens, UserRepository users, AuditService audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize(Role.VIEWER_RULE)
    public List<ApiToken> mine() {
        return tokens.findByUser(CurrentUser.name()).stream().map(ApiTokenService::token).toList();
    }

    @PreAuthorize(Role.VIEWER_RULE)
    @Transactional
    public ApiToken.Created create(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", name, "give the token a name of 1 to " + MAX_NAME + " characters");
        }
        String secret = PREFIX + randomText(32);
        ApiToken token = token(tokens.insert(randomText(12), CurrentUser.name(), trimmed, sha256(secret)));
        audit.record("create", AuditedChange.created(ENTITY, token.id(), null, token));
        return new ApiToken.Created(token, secret);
    }

    @PreAuthorize(Role.VIEWER_RULE)
    @Transactional
    public void revoke(String id) {
        if (!tokens.revoke(id, CurrentUser.name())) {
            throw new NotFoundException("you have no active token with id '" + id + "'");
        }
        audit.record("revoke", AuditedChange.note(ENTITY, id, "revoked"));
    }

    /** The enabled user a presented secret belongs to, if it is an active token. */
    public Optional<UserDetails> authenticate(String secret) {
        return tokens.findActiveByHash(sha256(secret)).flatMap(row -> {
            tokens.touch(row.id());
            return users.find(row.username()).filter(u -> u.enabled()).map(DatabaseUserDetailsService::details);
        });
    }

    private String randomText(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ApiToken token(ApiTokenRow row) {
        return new ApiToken(row.id(), row.name(), row.createdAt(), row.lastUsedAt(), row.revokedAt());
    }
}
