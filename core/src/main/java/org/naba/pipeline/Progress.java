package org.naba.pipeline;

/** Told how a run advances; the CLI draws a progress bar from it on a terminal. Implementations are thread-safe. */
public interface Progress {
  /** A stage starts, with the number of steps it will take (0 when unknown). */
  void stage(String name, long steps);

  /** One step of the current stage is done. */
  void step();

  /** The stage is over. */
  void done();

  Progress NONE = new Progress() {
    @Override
    public void stage(String name, long steps) {}

    @Override
    public void step() {}

    @Override
    public void done() {}
  };
}
