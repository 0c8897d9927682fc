package org.naba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.naba.pipeline.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba demo}: runs the pipeline on the demo corpus that ships inside Naba (a slice of the ANT corpus,
 * Apache-2.0, see NOTICE), then serves it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs the bundled demo corpus (a slice of ANT 2018, see NOTICE) and serves it."})
public final class DemoCommand implements Callable<Integer> {
  /** Where the demo corpus lives on the classpath. */
  public static final String CORPUS = "/demo/ant-2018-demo.jsonl.gz";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "naba-demo", description = "output directory (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--no-serve", description = "run the demo and stop, without serving it")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path corpus = Files.createTempFile("naba-demo-", ".jsonl.gz");
    try {
      try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
        if (in == null) throw new IllegalStateException("the demo corpus " + CORPUS + " is missing from this build");
        Files.copy(in, corpus, StandardCopyOption.REPLACE_EXISTING);
      }
      System.err.println("naba: running the demo corpus (ANT 2018 slice, Apache-2.0; see NOTICE) into " + out);
      int code = RunCommand.execute(List.of(corpus.toString()), out, Settings.defaults(), false, System.err);
      if (code != 0 || noServe) return code;
    } finally {
      Files.deleteIfExists(corpus);
    }
    return ServeCommand.serve(out, host, port);
  }
}
