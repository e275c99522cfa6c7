package ru.gospages.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.LoginFailures;

/** The sign-in page ({@code /login}) and the start page, which sends each role to its first page. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("title", "Вход");
        model.addAttribute("error", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("lockMinutes", LoginFailures.LOCK.toMinutes());
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal AccountDetails.SignedIn me) {
        return me.account().isOperator() ? "redirect:/month" : "redirect:/upload";
    }
}
