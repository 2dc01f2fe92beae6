package com.inferplan.backend.security;

import com.inferplan.backend.support.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person may do. Each role includes the ones below it: an admin is also an analyst and a
 * viewer, so a rule names the least role that may act ({@code hasRole('ANALYST')}).
 */
public enum Role {
    VIEWER("read, explore unsaved scenarios, export"),
    ANALYST("also save and edit scenarios, cost bases, custom hardware and models"),
    ADMIN("also manage users and read the audit trail");

    /** Method-security expressions, one per role, so that rules are spelled once. */
    public static final String VIEWER_RULE = "hasRole('VIEWER')";
    public static final String ANALYST_RULE = "hasRole('ANALYST')";
    public static final String ADMIN_RULE = "hasRole('ADMIN')";

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** This role's authority and those of every role below it. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    /** @throws InvalidInputException naming {@code field} when {@code value} is no role */
    public static Role parse(String field, String value) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, value, "must be one of viewer, analyst, admin"));
    }
}
