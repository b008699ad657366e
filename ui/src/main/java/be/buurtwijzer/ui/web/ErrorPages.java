package be.buurtwijzer.ui.web;

import be.buurtwijzer.core.application.shared.DatabaseOutage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The product's own answer where the server would otherwise show its error page (with the
 * server's name, and sometimes a Java exception): problem+json under /api, a short page in Dutch
 * and English elsewhere. Unexpected failures are logged with a reference that the answer gives.
 */
@WebServlet(urlPatterns = "/error-page", asyncSupported = true)
public class ErrorPages extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    private static final String AWAY_DUTCH = "De databank antwoordt even niet; een wijziging die je net deed, is "
            + "misschien niet bewaard. Probeer het over enkele seconden opnieuw.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                request.getContextPath().length()));
        String reference = null;
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        boolean databaseAway = error != null && DatabaseOutage.causes(error);
        if (databaseAway) {
            // a page or call that needed the database while it restarts: "try again", not a fault to report
            status = 503;
            DatabaseOutage.log(LOG, "Error page for " + path + ": the database did not answer", error);
            response.setHeader("Retry-After", "5");
        } else if (status >= 500) {
            reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Error page for " + path + ", reference " + reference, error);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        byte[] body;
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            body = ("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                    + ",\"detail\":\"" + (databaseAway ? DatabaseOutage.DETAIL : detail(status, reference)) + "\"}").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html");
            body = ("<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\"><title>Buurtwijzer</title></head>"
                    + "<body style=\"font-family:sans-serif;margin:2rem\"><h1>Buurtwijzer</h1><p>"
                    + (databaseAway ? AWAY_DUTCH : dutch(status, reference)) + "</p><p lang=\"en\">"
                    + (databaseAway ? DatabaseOutage.DETAIL : detail(status, reference)) + "</p><p><a href=\"/\">Naar de startpagina / "
                    + "Home</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private static String detail(int status, String reference) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "Log in first.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 413 -> "The request is too large.";
            default -> status >= 500 ? "Something went wrong on our side; nothing was changed. Reference: " + reference
                    + "." : "The request could not be handled.";
        };
    }

    private static String dutch(int status, String reference) {
        return switch (status) {
            case 400 -> "Deze vraag kon niet gelezen worden.";
            case 401 -> "Meld je eerst aan.";
            case 403 -> "Dit mag je niet doen.";
            case 404 -> "Op dit adres staat niets.";
            case 405 -> "Dit adres aanvaardt deze methode niet.";
            case 413 -> "De vraag is te groot.";
            default -> status >= 500 ? "Er ging iets mis aan onze kant; er werd niets gewijzigd. Referentie: " + reference
                    + "." : "Deze vraag kon niet behandeld worden.";
        };
    }
}
