package ru.gospages.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.rules.Municipalities;

/**
 * What every page's header needs: who is signed in (name, role, municipality) for the menu. Also
 * reads the CSRF token before the page is written, so the session that holds it is created while
 * headers can still be sent.
 */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Layout {

    /** The signed-in person as the menu shows them. */
    public record Me(String name, boolean operator, String municipality) {
    }

    private final Municipalities municipalities;

    public Layout(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @ModelAttribute("me")
    Me me(@AuthenticationPrincipal AccountDetails.SignedIn signedIn, HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        if (signedIn == null) {
            return null;
        }
        String municipality = municipalities.byOktmo(signedIn.account().oktmo()).map(m -> m.name()).orElse("");
        return new Me(signedIn.account().name(), signedIn.account().isOperator(), municipality);
    }
}
