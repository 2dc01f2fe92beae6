package com.inferplan.backend.security;

import com.inferplan.backend.support.InvalidInputException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users over REST (admins): list, create, change role, state or password at the version read. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
public class UserController {

    /** {@code password} is only read, never returned. */
    public record UserRequest(String name, String role, Boolean enabled, String password, Integer version) {
    }

    private final UserAccountService users;

    public UserController(UserAccountService users) {
        this.users = users;
    }

    @GetMapping
    public List<UserAccount> list() {
        return users.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<UserAccount> create(@RequestBody UserRequest body) {
        UserAccount created = users.create(body.name(), body.role(), body.password());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.name())).body(created);
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public UserAccount update(@PathVariable String name, @RequestBody UserRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", null, "give the version you read, so a concurrent edit is"
                    + " detected instead of overwritten");
        }
        return users.update(name, body.role(), body.enabled() == null || body.enabled(), body.password(),
                body.version());
    }
}
