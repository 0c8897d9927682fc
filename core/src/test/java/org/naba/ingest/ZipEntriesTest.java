package org.naba.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipEntriesTest {
  private static final String[] NAMES = {"أخبار/الأول.txt", "أخبار/الثاني.txt", "أخبار/الثالث.txt"};

  /** Three entries of a few kilobytes of Arabic text each, deflated (or stored). */
  private static byte[] archive(boolean stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (int i = 0; i < NAMES.length; i++) {
        byte[] data = text(i).getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(NAMES[i]);
        if (stored) {
          e.setMethod(ZipEntry.STORED);
          e.setSize(data.length);
          CRC32 crc = new CRC32();
          crc.update(data);
          e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String text(int i) {
    StringBuilder b = new StringBuilder();
    java.util.Random random = new java.util.Random(i);
    String[] words = {"قمة", "مجموعة", "العشرين", "هانغتشو", "بوتين", "أوباما", "سورية", "اتفاق", "وقف", "النار", "حلب"};
    for (int k = 0; k < 900; k++) b.append(words[random.nextInt(words.length)]).append(k % 12 == 11 ? ".\n" : " ");
    return b.toString();
  }

  /** Where each local header ("PK\3\4") starts. */
  private static List<Integer> headers(byte[] zip) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + 3 < zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) out.add(i);
    }
    return out;
  }

  private record Result(Map<String, String> entries, List<String> faults) {}

  private static Result read(byte[] zip) throws IOException {
    ZipEntries entries = new ZipEntries(new ByteArrayInputStream(zip));
    Map<String, String> out = new LinkedHashMap<>();
    java.util.zip.ZipEntry e;
    while ((e = entries.next()) != null) {
      out.put(e.getName(), new String(entries.body().readAllBytes(), StandardCharsets.UTF_8));
    }
    return new Result(out, entries.faults());
  }

  @Test
  void anIntactArchiveGivesEveryEntryAndNoFault() throws IOException {
    Result r = read(archive(false));
    assertThat(r.entries()).containsOnlyKeys(NAMES);
    assertThat(r.entries().get(NAMES[1])).isEqualTo(text(1));
    assertThat(r.faults()).isEmpty();
  }

  @Test
  void anArchiveCutBetweenTwoEntriesIsNamedAsCutShort() throws IOException {
    byte[] zip = archive(false);
    byte[] cut = Arrays.copyOf(zip, headers(zip).get(2));
    Result r = read(cut);
    assertThat(r.entries()).containsOnlyKeys(NAMES[0], NAMES[1]);
    assertThat(r.faults()).singleElement().asString().contains("after 2 entries", "cut short");
  }

  @Test
  void bytesWhereAHeaderShouldBeCostThatEntryAlone() throws IOException {
    byte[] zip = archive(false);
    int second = headers(zip).get(1);
    zip[second] = 'X';
    Result r = read(zip);
    assertThat(r.entries()).containsOnlyKeys(NAMES[0], NAMES[2]);
    assertThat(r.entries().get(NAMES[2])).isEqualTo(text(2));
    assertThat(r.faults()).singleElement().asString()
        .contains("after entry 1 (" + NAMES[0] + ")", "not an entry's header", "skipped");
  }

  @Test
  void damagedDeflatedDataCostsThatEntryAndReadingGoesOn() throws IOException {
    byte[] zip = archive(false);
    List<Integer> at = headers(zip);
    int middle = (at.get(1) + at.get(2)) / 2;
    for (int i = middle; i < middle + 64; i++) zip[i] = (byte) (i * 31);
    Result r = read(zip);
    assertThat(r.entries()).containsKeys(NAMES[0], NAMES[2]);
    assertThat(r.entries().get(NAMES[2])).isEqualTo(text(2));
    assertThat(r.faults()).singleElement().asString().contains("entry 2 (" + NAMES[1] + ") damaged");
  }

  @Test
  void damagedStoredDataFailsItsChecksumAndTheNextEntryIsRead() throws IOException {
    byte[] zip = archive(true);
    List<Integer> at = headers(zip);
    zip[(at.get(1) + at.get(2)) / 2] ^= 0x20;
    Result r = read(zip);
    assertThat(r.entries()).containsOnlyKeys(NAMES);
    assertThat(r.entries().get(NAMES[2])).isEqualTo(text(2));
    assertThat(r.faults()).singleElement().asString().contains("entry 2 (" + NAMES[1] + ") damaged", "CRC");
  }

  @Test
  void anEmptyArchiveAndBytesThatAreNoArchiveAreNamedApart() throws IOException {
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    new ZipOutputStream(empty).close();
    assertThat(read(empty.toByteArray()).faults()).containsExactly("no entry: the archive is empty");
    Result junk = read("PK\u0003\u0004 أخبار تالفة".getBytes(StandardCharsets.UTF_8));
    assertThat(junk.entries()).isEmpty();
    assertThat(junk.faults()).singleElement().asString().contains("at the start of the archive", "no later entry");
  }
}
