package org.naba.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code naba demo}: runs the bundled demo corpus and serves it. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Runs the bundled demo corpus and serves it.")
public final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
