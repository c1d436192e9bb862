package dev.revgraph.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;

/** Real HTTP against the running sample, and JSON paths into what it answers. */
final class SampleHttp {

    private final HttpClient client = HttpClient.newHttpClient();

    private final int port;

    SampleHttp(int port) {
        this.port = port;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A status and a body. */
    record Response(int status, String body) {

        <T> T read(String path) {
            return JsonPath.parse(this.body).read(path);
        }
    }
}
