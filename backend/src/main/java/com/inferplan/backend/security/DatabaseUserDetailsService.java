package com.inferplan.backend.security;

import com.inferplan.db.user.UserRepository;
import com.inferplan.db.user.UserRow;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in looks people up in the database; a disabled user cannot sign in. */
@Service
public class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    public DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow row = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return details(row);
    }

    static UserDetails details(UserRow row) {
        return User.withUsername(row.username()).password(row.passwordHash())
                .authorities(Role.parse("role", row.role()).authorities())
                .disabled(!row.enabled()).build();
    }
}
