package ru.gospages.web.month;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.web.Refusal;

/**
 * {@code POST /publish} (operators, the form's CSRF token): publishes the open-data tree and shows
 * what the publisher said and how it ended; 409 while a run or another publish is going.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PublishPage {

    private final Publishing publishing;

    public PublishPage(Publishing publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal AccountDetails.SignedIn me, Model model) {
        Publishing.Report report = publishing.publish(me.account().name())
                .orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "web.publish.busy"));
        model.addAttribute("title", "Публикация");
        model.addAttribute("report", report);
        return "publish";
    }
}
