package be.buurtwijzer.core.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses that mails point to, on the configured public URL. Never taken from the request's
 * Host header: whoever asks for a reset for someone else's address could otherwise send them a
 * link to a server of their own, carrying a valid token.
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "buurtwijzer.public.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    public String invitation(String token) {
        return base() + "/invitation/" + token;
    }

    public String passwordReset(String token) {
        return base() + "/password-reset/" + token;
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
