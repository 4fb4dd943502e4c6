package dev.omnibox.it.support;

import java.util.Objects;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Looks up server resources by JNDI name from code that runs inside the server. */
public final class Jndi {

  private Jndi() {}

  /**
   * Returns the object bound under {@code name}.
   *
   * @throws IllegalStateException when nothing is bound under the name or the object is not a
   *     {@code type}
   */
  public static <T> T lookup(String name, Class<T> type) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Object bound;
    try {
      bound = new InitialContext().lookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("JNDI lookup of " + name + " failed: " + e.getMessage(), e);
    }
    if (!type.isInstance(bound)) {
      throw new IllegalStateException(
          "JNDI name "
              + name
              + " is bound to "
              + bound.getClass().getName()
              + ", not "
              + type.getName());
    }
    return type.cast(bound);
  }
}
