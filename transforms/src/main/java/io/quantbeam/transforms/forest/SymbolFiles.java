package io.quantbeam.transforms.forest;

import java.nio.charset.StandardCharsets;

/**
 * File names for symbols: letters, digits, '-' and '.' are kept (a leading '.' is not); every
 * other byte of the symbol's UTF-8 becomes '_' and two hex digits. So {@code M&M} is
 * {@code M_26M}, names are safe on every filesystem and S3, and distinct symbols get distinct
 * names.
 */
public final class SymbolFiles {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SymbolFiles() {}

  public static String fileName(String symbol) {
    StringBuilder name = new StringBuilder(symbol.length() + 8);
    byte[] bytes = symbol.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean plain = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-'
          || (b == '.' && i > 0);
      if (plain) {
        name.append((char) b);
      } else {
        name.append('_').append(HEX[b >> 4]).append(HEX[b & 0xF]);
      }
    }
    return name.toString();
  }
}
