package org.naba.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.naba.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code naba serve DIR}: the web UI and REST API over a run's output. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the stories of a run: the web UI and the JSON API (/api/stories, /api/stories/{id}, /api/search).")
public final class ServeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "output directory of 'naba run'")
  Path dir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    return serve(dir, host, port);
  }

  /** Serves until the process is stopped (Ctrl-C); shared with {@code naba demo}. */
  static int serve(Path dir, String host, int port) throws InterruptedException {
    WebServer server;
    try {
      server = WebServer.start(dir, host, port);
    } catch (IllegalStateException e) {
      System.err.println("naba: cannot serve " + dir + ": " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "naba-stop"));
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    System.out.println("naba: serving " + dir + " at http://" + shown + ":" + server.port() + "/  (Ctrl-C to stop;"
        + " a new run written there, or " + dir + " switched as a symlink to another run, is served once whole)");
    System.out.flush();
    Thread.currentThread().join();
    return 0;
  }
}
