package org.egovhub.security;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** User management for administrators: {@code /api/admin/users}; every change audited. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserAccount> list() {
        return accounts.list();
    }

    @GetMapping("/{username}")
    UserAccount get(@PathVariable String username) {
        requireExisting(username);
        return accounts.find(username);
    }

    @PostMapping
    ResponseEntity<UserAccount> create(@Valid @RequestBody UserAccount account, Principal who) {
        if (accounts.exists(account.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "User " + account.username() + " exists");
        }
        if (account.password() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A new user needs a password");
        }
        accounts.save(account, who.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.find(account.username()));
    }

    @PutMapping("/{username}")
    UserAccount update(@PathVariable String username, @Valid @RequestBody UserAccount account, Principal who) {
        requireExisting(username);
        if (!username.equals(account.username())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Username in path and body differ");
        }
        accounts.save(account, who.getName());
        return accounts.find(username);
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username, Principal who) {
        requireExisting(username);
        accounts.delete(username, who.getName());
        return ResponseEntity.noContent().build();
    }

    private void requireExisting(String username) {
        if (!accounts.exists(username)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + username);
        }
    }
}
