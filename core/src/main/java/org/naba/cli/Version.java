package org.naba.cli;

import picocli.CommandLine;

/** Naba's version, from the jar manifest (the build writes it), or "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
  public static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"naba " + get()};
  }
}
