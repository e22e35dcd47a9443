package org.egovhub.admin;

import java.security.Principal;
import java.util.Set;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/users} (ADMIN only, by URL): list, add, disable or enable, change role, through {@link UserAccounts}, which audits. */
@Controller
class UserPagesController {

    private final UserAccounts accounts;

    UserPagesController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Roles.ALL);
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String add(@RequestParam String username, @RequestParam String password, @RequestParam String role, Principal who,
            RedirectAttributes redirect) {
        if (accounts.exists(username)) {
            throw new org.egovhub.platform.ConflictException("User " + username + " exists");
        }
        accounts.save(new UserAccount(username, password, Set.of(role), true), who.getName());
        redirect.addFlashAttribute("message", "已添加用户 " + username);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/role")
    String role(@PathVariable String username, @RequestParam String role, Principal who, RedirectAttributes redirect) {
        UserAccount current = existing(username);
        accounts.save(new UserAccount(username, null, Set.of(role), current.enabled()), who.getName());
        redirect.addFlashAttribute("message", "已将用户 " + username + " 的角色改为 " + role);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, Principal who, RedirectAttributes redirect) {
        UserAccount current = existing(username);
        accounts.save(new UserAccount(username, null, current.roles(), enabled), who.getName());
        redirect.addFlashAttribute("message", (enabled ? "已启用用户 " : "已停用用户 ") + username);
        return "redirect:/admin/users";
    }

    private UserAccount existing(String username) {
        if (!accounts.exists(username)) {
            throw new org.egovhub.platform.NotFoundException("No user " + username);
        }
        return accounts.find(username);
    }
}
