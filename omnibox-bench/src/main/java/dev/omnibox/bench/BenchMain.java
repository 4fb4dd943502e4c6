package dev.omnibox.bench;

/**
 * Runs the benchmark with the settings given as {@code --name=value} arguments: progress goes to
 * standard error, the Markdown report to standard output.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    BenchReport report = new BenchRun(options, System.err).run();
    report.print(System.out);
  }
}
