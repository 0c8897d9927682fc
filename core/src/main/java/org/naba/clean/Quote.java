package org.naba.clean;

import java.util.Optional;

public record Quote(String text, Optional<String> speaker) {}
