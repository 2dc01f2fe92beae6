package com.inferplan.backend.security;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.user.UserRepository;
import com.inferplan.db.user.UserRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users feature's only API: admins create users and change their role, state or password. */
@Service
public class UserAccountService {

    static final String ENTITY = "user";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MIN_PASSWORD = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    public UserAccountService(UserRepository repository, PasswordEncoder encoder, AuditService audit) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
    }

    @PreAuthorize(Role.ADMIN_RULE)
    public List<UserAccount> list() {
        return repository.findAll().stream().map(UserAccountService::account).toList();
    }

    @PreAuthorize(Role.ADMIN_RULE)
    @Transactional
    public UserAccount create(String name, String role, String password) {
        UserAccount created = insert(name, role, password, CurrentUser.name());
        audit.record("create", AuditedChange.created(ENTITY, created.name(), created.version(), created));
        return created;
    }

    /** Changes role, enabled flag and (when {@code newPassword} is not null) the password, at the version read. */
    @PreAuthorize(Role.ADMIN_RULE)
    @Transactional
    public UserAccount update(String name, String role, boolean enabled, String newPassword, int expectedVersion) {
        UserAccount before = account(repository.find(name).orElseThrow(() -> notFound(name)));
        Role checkedRole = Role.parse("role", role);
        if (name.equals(CurrentUser.name()) && (checkedRole != Role.ADMIN || !enabled)) {
            throw new InvalidInputException("role", role, "you cannot take admin rights from yourself; ask another admin");
        }
        String hash = newPassword == null ? null : encoder.encode(checkedPassword(newPassword));
        UserAccount after = account(EditConflictException.translating(
                () -> repository.update(name, checkedRole.id(), enabled, hash, expectedVersion)));
        audit.record(newPassword == null ? "update" : "update+password",
                AuditedChange.updated(ENTITY, name, after.version(), before, after));
        return after;
    }

    /**
     * Creates {@code name} unless a user of that name exists (then nothing changes): the first admin
     * from the CLI or start-up properties. Returns whether it created one.
     */
    @Transactional
    public boolean ensure(String name, Role role, String password, String createdBy) {
        if (repository.find(name).isPresent()) {
            return false;
        }
        UserAccount created = insert(name, role.id(), password, createdBy);
        audit.recordAs(createdBy, "create", AuditedChange.created(ENTITY, created.name(), created.version(), created));
        return true;
    }

    public boolean anyUser() {
        return repository.count() > 0;
    }

    private UserAccount insert(String name, String role, String password, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", name, "use 1 to 64 letters, digits or . _ @ -"));
        }
        try {
            Role.parse("role", role);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            checkedPassword(password);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return account(repository.insert(name, encoder.encode(password), Role.parse("role", role).id(), createdBy));
        } catch (DuplicateKeyException e) {
            throw new EditConflictException("a user named '" + name + "' already exists");
        }
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("password", "(hidden)", "use " + MIN_PASSWORD + " to "
                    + MAX_PASSWORD_BYTES + " bytes");
        }
        return password;
    }

    private static UserAccount account(UserRow row) {
        return new UserAccount(row.username(), row.role(), row.enabled(), row.createdBy(), row.createdAt(),
                row.version());
    }

    private static NotFoundException notFound(String name) {
        return new NotFoundException("no user named '" + name + "'");
    }
}
