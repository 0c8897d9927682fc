package org.naba.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code naba serve DIR}: the web UI and REST API over a run's output. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the stories of a run: web UI and JSON API.")
public final class ServeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "output directory of 'naba run'")
  Path dir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    System.err.println("naba: serve is not wired yet for " + dir + ":" + port);
    return 1;
  }
}
