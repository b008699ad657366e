package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The headers, cookies and error answers a public body's web application is expected to have, over HTTP and HTTPS. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static final String HTTPS = "https://localhost:" + System.getProperty("it.https.port", "19443");

    /** The test server has Liberty's self-signed certificate: trusted here, for this check only. */
    private static HttpClient insecureClient() throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return HttpClient.newBuilder().sslContext(ssl).sslParameters(parameters).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBrowserTabShowsTheProductsIconAlreadyOnTheLoginPage() throws Exception {
        var icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/favicon.ico")).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        byte[] ico = icon.body();
        assertTrue(ico.length > 6 && ico[0] == 0 && ico[1] == 0 && ico[2] == 1 && ico[3] == 0, "not an ICO file");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/", "/api/v1/me", "/VAADIN/nothing-here.js")) {
            var headers = get(client, Api.BASE + path).headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP: " + path);
            assertFalse(headers.firstValue("X-Powered-By").isPresent(), path);
        }
        var api = get(client, Api.BASE + "/api/v1/me").headers();
        assertTrue(api.firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertEquals("no-store", api.firstValue("Cache-Control").orElse(""));
    }

    @Test
    void overHttpsTheAnswersCarryHstsAndTheSessionCookieIsGuarded() throws Exception {
        HttpClient client = insecureClient();
        var login = get(client, HTTPS + "/login");
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age=31536000"));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void theServersOwnErrorPagesAreReplacedAndNameNoJavaClass() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        var missing = get(client, Api.BASE + "/VAADIN/nothing-here.js");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Buurtwijzer"), missing.body());
        var trace = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(trace.statusCode() == 405 || trace.statusCode() == 403 || trace.statusCode() == 401,
                "TRACE is not served: " + trace.statusCode());
        var odd = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, odd.statusCode());
        for (var answer : List.of(missing, trace, odd)) {
            assertFalse(answer.body().matches("(?s).*\\b(java|javax|jakarta|com\\.ibm|org\\.eclipse)\\.[a-z]+\\..*"),
                    "no Java class names: " + answer.body());
            assertFalse(answer.body().contains("SRVE"), "no Liberty message codes: " + answer.body());
            assertFalse(answer.body().contains("Exception"), answer.body());
        }
    }
}
