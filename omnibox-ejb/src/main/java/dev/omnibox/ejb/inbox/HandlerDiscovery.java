package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.schema.PayloadType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns {@link Inbox} observers and {@link OnEvent} methods into {@link InboxHandler}s, checking
 * their signatures. Plain reflection, so the rules are testable without a CDI container.
 */
final class HandlerDiscovery {

  private HandlerDiscovery() {}

  /**
   * Describes an observer method of {@code payloadType} qualified with {@code inbox}.
   *
   * @throws IllegalArgumentException when the observed type is not a record annotated with {@link
   *     PayloadType}
   */
  static InboxHandler forObserver(
      String name, Class<?> payloadType, Inbox inbox, HandlerInvoker invoker) {
    requirePayloadRecord(name, payloadType);
    InboxHandler.requireValidVersion(name, inbox.version());
    return new InboxHandler(
        name,
        payloadType,
        InboxHandler.eventTypeOf(payloadType),
        inbox.topic(),
        inbox.version(),
        inbox.consumerGroup(),
        invoker);
  }

  /**
   * Returns the methods of {@code beanClass} and its superclasses annotated with {@link OnEvent}.
   */
  static List<Method> onEventMethods(Class<?> beanClass) {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type = beanClass; type != null && type != Object.class; ) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(OnEvent.class) && !method.isBridge()) {
          methods.add(method);
        }
      }
      type = type.getSuperclass();
    }
    return methods;
  }

  /**
   * Describes an {@link OnEvent} method whose bean instance comes from {@code instance}.
   *
   * @throws IllegalArgumentException when the signature is not one that {@link OnEvent} documents
   */
  static InboxHandler forMethod(Method method, Supplier<Object> instance) {
    String name = method.getDeclaringClass().getName() + "#" + method.getName();
    OnEvent onEvent = method.getAnnotation(OnEvent.class);
    if (onEvent == null) {
      throw new IllegalArgumentException("method " + name + " has no @OnEvent annotation");
    }
    checkSignature(name, method);
    Class<?> payloadType = method.getParameterTypes()[0];
    String eventType = eventTypeOf(name, payloadType, onEvent);
    InboxHandler.requireValidVersion(name, onEvent.version());
    method.setAccessible(true);
    return new InboxHandler(
        name,
        payloadType,
        eventType,
        onEvent.topic(),
        onEvent.version(),
        onEvent.consumerGroup(),
        (payload, context) -> invoke(method, instance.get(), payload, context));
  }

  private static void checkSignature(String name, Method method) {
    if (Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException("@OnEvent method " + name + " must not be static");
    }
    Class<?>[] parameters = method.getParameterTypes();
    boolean contextOk = parameters.length == 1 || parameters[1] == InboxContext.class;
    if (parameters.length < 1 || parameters.length > 2 || !contextOk) {
      throw new IllegalArgumentException(
          "@OnEvent method "
              + name
              + " must take (payload) or (payload, InboxContext), but takes "
              + List.of(parameters));
    }
    Class<?> returned = method.getReturnType();
    if (returned != void.class && returned != EventHandlerResult.class) {
      throw new IllegalArgumentException(
          "@OnEvent method "
              + name
              + " must return void or EventHandlerResult, but returns "
              + returned.getName());
    }
  }

  private static String eventTypeOf(String name, Class<?> payloadType, OnEvent onEvent) {
    if (payloadType == InboxEvent.class) {
      if (onEvent.eventType().isBlank()) {
        throw new IllegalArgumentException(
            "@OnEvent method " + name + " takes InboxEvent, so it must name its eventType");
      }
      return onEvent.eventType();
    }
    requirePayloadRecord(name, payloadType);
    String recordType = InboxHandler.eventTypeOf(payloadType);
    if (!onEvent.eventType().isBlank() && !onEvent.eventType().equals(recordType)) {
      throw new IllegalArgumentException(
          "@OnEvent method "
              + name
              + " names eventType "
              + onEvent.eventType()
              + ", but its payload "
              + payloadType.getName()
              + " has eventType "
              + recordType);
    }
    return recordType;
  }

  private static void requirePayloadRecord(String name, Class<?> payloadType) {
    if (!payloadType.isRecord() || !payloadType.isAnnotationPresent(PayloadType.class)) {
      throw new IllegalArgumentException(
          "inbox handler "
              + name
              + " takes "
              + payloadType.getName()
              + ", which is not a record annotated with @PayloadType; annotate the record or"
              + " take InboxEvent");
    }
  }

  private static EventHandlerResult invoke(
      Method method, Object bean, Object payload, InboxContext context) throws Exception {
    Object[] arguments =
        method.getParameterCount() == 1 ? new Object[] {payload} : new Object[] {payload, context};
    try {
      return (EventHandlerResult) method.invoke(bean, arguments);
    } catch (InvocationTargetException e) {
      throw unwrap(e.getCause());
    }
  }

  private static Exception unwrap(Throwable cause) {
    if (cause instanceof Exception exception) {
      return exception;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
