package org.naba.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.naba.pipeline.Progress;

/** Draws each stage as a progress bar on stderr, only when stderr is a terminal (never in logs or CI). */
final class TerminalProgress implements Progress {
  private ProgressBar bar;

  static Progress forConsole() {
    return isTerminal() && !"true".equals(System.getenv("CI")) ? new TerminalProgress() : Progress.NONE;
  }

  /**
   * Whether the JVM talks to a terminal. From JDK 22 {@code System.console()} is non-null even when output is
   * redirected and {@code Console.isTerminal()} tells; Naba targets 21, so that method is looked up reflectively.
   */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public synchronized void stage(String name, long steps) {
    done();
    bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(steps > 0 ? steps : -1)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
  }

  @Override
  public synchronized void step() {
    if (bar != null) bar.step();
  }

  @Override
  public synchronized void done() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
