package dev.omnibox.it.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Sends requests to a deployment from the test JVM, as one of the test server's users. */
final class AdminHttp {

  /** In role omnibox-admin; the server's application-users.properties contains its digest. */
  static final User OPERATOR = new User("omnibox-operator", "operator-test-only");

  /** Without role omnibox-admin. */
  static final User VIEWER = new User("omnibox-viewer", "viewer-test-only");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;

  AdminHttp(URL deploymentUrl) {
    this.base = URI.create(deploymentUrl.toString());
  }

  HttpResponse<String> get(String path, User user) {
    return send(request(path, user).GET(), path);
  }

  HttpResponse<String> post(String path, String body, User user) {
    HttpRequest.Builder builder =
        request(path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(builder, path);
  }

  /** Returns the JSON body of a response that must have the expected status. */
  static JsonObject json(HttpResponse<String> response, int expectedStatus) {
    if (response.statusCode() != expectedStatus) {
      throw new AssertionError(
          "expected HTTP "
              + expectedStatus
              + " from "
              + response.request().method()
              + " "
              + response.uri()
              + " but got "
              + response.statusCode()
              + ": "
              + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private HttpRequest.Builder request(String path, User user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    if (user != null) {
      String credentials = user.name() + ":" + user.password();
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder, String path) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("request to " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted during request to " + path, e);
    }
  }

  record User(String name, String password) {}
}
