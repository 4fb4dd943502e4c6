package dev.omnibox.ejb.inbox;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * Makes the {@link InboxContext} of the running dispatch injectable into handler parameters. The
 * dispatcher binds it to the calling thread for the duration of the handler calls.
 */
@Dependent
public class CurrentInboxContext {

  private static final ThreadLocal<DispatchContext> CURRENT = new ThreadLocal<>();

  /**
   * Produces the context of the handler call running on this thread.
   *
   * @throws IllegalStateException when no inbox handler call is running on this thread
   */
  @Produces
  @Dependent
  InboxContext current() {
    DispatchContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException(
          "InboxContext is available only while omnibox calls an inbox handler; inject it as a"
              + " parameter of an @Inbox observer or an @OnEvent method");
    }
    return context;
  }

  static void bind(DispatchContext context) {
    CURRENT.set(context);
  }

  static void unbind() {
    CURRENT.remove();
  }
}
