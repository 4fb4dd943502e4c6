package dev.omnibox.it.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands with their
 * responses, and event handlers. Sessions of attached targets are flattened into the browser
 * connection, so every command may name the session it is for.
 */
final class DevTools implements AutoCloseable {

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private final AtomicInteger nextId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final Map<String, Consumer<JsonObject>> handlers = new ConcurrentHashMap<>();
  private final ExecutorService events = Executors.newSingleThreadExecutor();
  private final WebSocket socket;

  private DevTools(URI browserUrl) {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(COMMAND_TIMEOUT)
            .buildAsync(browserUrl, new Listener())
            .orTimeout(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  static DevTools connect(URI browserUrl) {
    return new DevTools(browserUrl);
  }

  /** Calls {@code handler} on one event thread for each event of this method. */
  void on(String method, Consumer<JsonObject> handler) {
    handlers.put(method, handler);
  }

  /** Sends a command and returns its result, or fails with the protocol's error. */
  JsonObject send(String method, JsonObject params, String sessionId) {
    int id = nextId.incrementAndGet();
    CompletableFuture<JsonObject> response = new CompletableFuture<>();
    pending.put(id, response);
    var message =
        Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
    if (sessionId != null) {
      message.add("sessionId", sessionId);
    }
    synchronized (socket) {
      socket.sendText(message.build().toString(), true).join();
    }
    JsonObject reply;
    try {
      reply = response.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("DevTools command " + method + " got no response in time", e);
    } catch (ExecutionException e) {
      throw new AssertionError("DevTools command " + method + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + method, e);
    } finally {
      pending.remove(id);
    }
    if (reply.containsKey("error")) {
      throw new AssertionError("DevTools command " + method + " failed: " + reply.get("error"));
    }
    return reply.getJsonObject("result");
  }

  /** Sends a command from an event handler and ignores its result and errors. */
  void sendQuietly(String method, JsonObject params, String sessionId) {
    try {
      send(method, params, sessionId);
    } catch (AssertionError e) {
      // The page may have closed while the request was paused. The test then fails on the page
      // state.
      System.err.println("DevTools " + method + " ignored: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    events.shutdownNow();
    socket.abort();
  }

  private void dispatch(String text) {
    JsonObject message;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      message = reader.readObject();
    }
    if (message.containsKey("id")) {
      CompletableFuture<JsonObject> response = pending.get(message.getInt("id"));
      if (response != null) {
        response.complete(message);
      }
      return;
    }
    Consumer<JsonObject> handler = handlers.get(message.getString("method", ""));
    if (handler != null) {
      events.execute(() -> handler.accept(message));
    }
  }

  private final class Listener implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        dispatch(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(response -> response.completeExceptionally(error));
    }
  }
}
