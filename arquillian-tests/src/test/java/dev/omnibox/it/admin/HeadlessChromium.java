package dev.omnibox.it.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium process started for one test, with a fresh profile folder and its DevTools
 * endpoint on a free port of 127.0.0.1. {@link #close()} ends this process only.
 */
final class HeadlessChromium implements AutoCloseable {

  /** Debian's chromium package; {@code -Domnibox.it.chromium=...} names another binary. */
  static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");

  private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final URI devToolsUrl;

  private HeadlessChromium(Process process, URI devToolsUrl) {
    this.process = process;
    this.devToolsUrl = devToolsUrl;
  }

  static Path binary() {
    return Path.of(System.getProperty("omnibox.it.chromium", DEFAULT_BINARY.toString()));
  }

  /** Starts Chromium and waits until it prints its DevTools URL; its stderr goes to a log file. */
  static HeadlessChromium start(Path profileDirectory, Path stderrLog) throws IOException {
    Files.createDirectories(profileDirectory);
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    binary().toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profileDirectory.toAbsolutePath(),
                    "--remote-debugging-port=0",
                    "about:blank"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    CompletableFuture<URI> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> readStderr(process, stderrLog, url), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new HeadlessChromium(process, url.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (TimeoutException | ExecutionException e) {
      process.destroy();
      throw new AssertionError(
          "Chromium printed no DevTools URL within " + START_TIMEOUT + "; see " + stderrLog, e);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while starting Chromium", e);
    }
  }

  URI devToolsUrl() {
    return devToolsUrl;
  }

  /** Ends the process this object started, forcibly when it does not exit within 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static void readStderr(Process process, Path log, CompletableFuture<URI> url) {
    try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        out.println(line);
        out.flush();
        Matcher matcher = DEVTOOLS_URL.matcher(line);
        if (matcher.find()) {
          url.complete(URI.create(matcher.group(1)));
        }
      }
      url.completeExceptionally(
          new IllegalStateException("Chromium exited: " + process.exitValue()));
    } catch (IOException e) {
      url.completeExceptionally(new UncheckedIOException(e));
    } catch (IllegalThreadStateException e) {
      url.completeExceptionally(e);
    }
  }
}
