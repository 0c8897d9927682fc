package org.naba.ingest;

/** Receives what the readers find: documents in input order, and warnings about what they could not read. */
public interface IngestSink {
  void document(RawDocument document);

  void warning(IngestWarning warning);
}
