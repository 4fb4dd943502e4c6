package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.EventHandlerResult;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Discovers inbox handlers at deployment: observer methods qualified with {@link Inbox} and {@link
 * OnEvent} methods of managed and session beans. A handler with an invalid signature is a
 * deployment error.
 */
public class InboxExtension implements Extension {

  private record ObserverKey(Class<?> payloadType, Inbox.Literal inbox) {}

  private record MethodRegistration(Bean<?> bean, Method method) {}

  private final Map<ObserverKey, List<String>> observers = new LinkedHashMap<>();
  private final List<MethodRegistration> methods = new ArrayList<>();

  <T, X> void observer(@Observes ProcessObserverMethod<T, X> event) {
    ObserverMethod<T> observer = event.getObserverMethod();
    Inbox inbox =
        observer.getObservedQualifiers().stream()
            .filter(Inbox.class::isInstance)
            .map(Inbox.class::cast)
            .findFirst()
            .orElse(null);
    if (inbox == null) {
      return;
    }
    String name = nameOf(observer, event.getAnnotatedMethod());
    if (observer.isAsync()) {
      event.addDefinitionError(
          new IllegalArgumentException(
              "inbox observer "
                  + name
                  + " must use @Observes: @ObservesAsync runs outside the"
                  + " transaction that completes the inbox row"));
      return;
    }
    if (!(observer.getObservedType() instanceof Class<?> payloadType)) {
      event.addDefinitionError(
          new IllegalArgumentException(
              "inbox observer "
                  + name
                  + " must observe a payload record, not "
                  + observer.getObservedType()));
      return;
    }
    try {
      HandlerDiscovery.forObserver(name, payloadType, inbox, (payload, context) -> null);
    } catch (IllegalArgumentException e) {
      event.addDefinitionError(e);
      return;
    }
    observers
        .computeIfAbsent(
            new ObserverKey(payloadType, Inbox.Literal.of(inbox)), key -> new ArrayList<>())
        .add(name);
  }

  <X> void bean(@Observes ProcessManagedBean<X> event) {
    for (AnnotatedMethod<? super X> annotated : event.getAnnotatedBeanClass().getMethods()) {
      if (!annotated.isAnnotationPresent(OnEvent.class)) {
        continue;
      }
      Method method = annotated.getJavaMember();
      try {
        HandlerDiscovery.forMethod(method, () -> null);
      } catch (IllegalArgumentException e) {
        event.addDefinitionError(e);
        continue;
      }
      methods.add(new MethodRegistration(event.getBean(), method));
    }
  }

  /**
   * Returns the discovered handlers: one per distinct payload type and {@link Inbox} value of the
   * observers, which one event fires all at once, and one per {@link OnEvent} method.
   */
  public HandlerCatalog catalog(BeanManager beanManager) {
    List<InboxHandler> handlers = new ArrayList<>();
    observers.forEach(
        (key, names) ->
            handlers.add(
                HandlerDiscovery.forObserver(
                    String.join(", ", names),
                    key.payloadType(),
                    key.inbox(),
                    (payload, context) -> fire(beanManager, key, payload))));
    for (MethodRegistration registration : methods) {
      handlers.add(
          HandlerDiscovery.forMethod(
              registration.method(), reference(beanManager, registration.bean())));
    }
    return new HandlerCatalog(handlers);
  }

  private static EventHandlerResult fire(BeanManager beanManager, ObserverKey key, Object payload)
      throws Exception {
    try {
      beanManager.getEvent().select(key.inbox()).fire(key.payloadType().cast(payload));
      return null;
    } catch (ObserverException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Returns a supplier of one contextual reference of {@code bean}, created on first use. A
   * dependent-scoped handler bean is therefore created once and reused.
   */
  private static Supplier<Object> reference(BeanManager beanManager, Bean<?> bean) {
    return new Supplier<>() {
      private volatile Object instance;

      @Override
      public Object get() {
        Object current = instance;
        if (current == null) {
          current =
              beanManager.getReference(
                  bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
          instance = current;
        }
        return current;
      }
    };
  }

  private static String nameOf(ObserverMethod<?> observer, AnnotatedMethod<?> method) {
    return observer.getBeanClass().getName() + "#" + method.getJavaMember().getName();
  }
}
