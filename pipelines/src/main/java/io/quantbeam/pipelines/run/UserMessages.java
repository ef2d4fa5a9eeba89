package io.quantbeam.pipelines.run;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites the messages users see so that they name options and files, not Java internals: Beam's
 * "Class interface …Options missing a property named 'x'. Did you mean 'y'?" becomes
 * "unknown option --x; did you mean --y?", and class names, object hashes and byte-array
 * identities are removed from any other message.
 */
final class UserMessages {

  private static final Pattern MISSING_PROPERTY = Pattern.compile(
      "Class (?:interface )?\\S+ missing a property named '([^']+)'\\.(?: Did you mean '([^']+)'\\?"
          + "| Did you mean one of \\[([^\\]]*)\\]\\?)?");
  /** A fully qualified class name, kept as its simple name (an option set's name still tells the user something). */
  private static final Pattern QUALIFIED_CLASS = Pattern.compile(
      "(?:class |interface )?(?<![\\w/.-])(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_$]+)?");
  /** Identity hashes such as {@code @6d06d69c} and array identities such as {@code [B@1b6d3586}. */
  private static final Pattern IDENTITY = Pattern.compile("(?:\\[[A-Z])?@[0-9a-f]{5,8}\\b");

  private UserMessages() {}

  static String clean(String message) {
    if (message == null) {
      return "";
    }
    Matcher missing = MISSING_PROPERTY.matcher(message);
    if (missing.find()) {
      return "unknown option --" + missing.group(1) + suggestion(missing.group(2), missing.group(3));
    }
    String withoutClasses = QUALIFIED_CLASS.matcher(message).replaceAll("$1");
    return IDENTITY.matcher(withoutClasses).replaceAll("").replaceAll(" {2,}", " ").trim();
  }

  private static String suggestion(String one, String several) {
    if (one != null) {
      return "; did you mean --" + one + "?";
    }
    if (several != null && !several.isBlank()) {
      return "; did you mean one of " + Arrays.stream(several.split(","))
          .map(String::trim).map(name -> "--" + name).collect(Collectors.joining(", ")) + "?";
    }
    return "";
  }
}
