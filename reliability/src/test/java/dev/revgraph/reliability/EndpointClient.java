package dev.revgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;

import org.jspecify.annotations.Nullable;

/**
 * Real HTTP to an application's Actuator: {@code GET} and {@code POST} with JSON, as an anonymous caller or
 * with HTTP basic credentials, and the answer's status and body (read with JSON paths). Paths are sent as
 * written (no normalisation), so a test can try odd spellings of a URL.
 */
final class EndpointClient {

    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private final String base;

    EndpointClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Response get(String path, @Nullable Login login) {
        return send(request(path, login).GET());
    }

    Response post(String path, String json, @Nullable Login login) {
        return send(request(path, login).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code POST /actuator/migrations/main}: a real upgrade ({@code dryRun: false}) from {@code expectedCurrent}. */
    static String realUpgrade(String target, String expectedCurrent) {
        return "{\"command\": \"upgrade\", \"target\": \"" + target + "\", \"dryRun\": false, \"expectedCurrent\": \""
                + expectedCurrent + "\"}";
    }

    private HttpRequest.Builder request(String path, @Nullable Login login) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
            .timeout(AppLauncher.TIMEOUT);
        if (login != null) {
            request.header("Authorization", login.basic());
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A user name and password for HTTP basic authentication. */
    record Login(String user, String password) {

        String basic() {
            return "Basic " + Base64.getEncoder()
                .encodeToString((this.user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return this.user;
        }

    }

    /** A status and a body. */
    record Response(int status, String body) {

        <T> T read(String path) {
            return JsonPath.parse(this.body).read(path);
        }

        @Override
        public String toString() {
            return this.status + " " + ((this.body.length() < 2000) ? this.body : this.body.substring(0, 2000) + "...");
        }

    }

}
