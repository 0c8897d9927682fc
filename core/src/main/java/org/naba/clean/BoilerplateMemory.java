package org.naba.clean;

public final class BoilerplateMemory {
  public BoilerplateMemory() {}
}
