package dev.omnibox.ejb.inbox;

import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** JMS messages backed by maps, built with dynamic proxies; only the getters the converter uses. */
final class JmsStubs {

  private JmsStubs() {}

  static TextMessage text(String body, Map<String, Object> properties) {
    return stub(TextMessage.class, body, null, properties);
  }

  static BytesMessage bytes(byte[] body, Map<String, Object> properties) {
    return stub(BytesMessage.class, null, body, properties);
  }

  static ObjectMessage object(Map<String, Object> properties) {
    return stub(ObjectMessage.class, null, null, properties);
  }

  static Queue queue(String name) {
    return (Queue)
        Proxy.newProxyInstance(
            JmsStubs.class.getClassLoader(),
            new Class<?>[] {Queue.class},
            (proxy, method, args) ->
                method.getName().equals("getQueueName") ? name : defaultValue(method));
  }

  private static <T extends Message> T stub(
      Class<T> type, String text, byte[] bytes, Map<String, Object> given) {
    Map<String, Object> properties = new LinkedHashMap<>(given);
    Object messageId = properties.remove("JMSMessageID");
    Object redelivered = properties.remove("JMSRedelivered");
    Queue destination = queue("orders");
    Object proxy =
        Proxy.newProxyInstance(
            JmsStubs.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) ->
                switch (method.getName()) {
                  case "getText" -> text;
                  case "getBodyLength" -> (long) bytes.length;
                  case "readBytes" -> {
                    byte[] target = (byte[]) args[0];
                    System.arraycopy(bytes, 0, target, 0, bytes.length);
                    yield bytes.length;
                  }
                  case "getPropertyNames" -> Collections.enumeration(properties.keySet());
                  case "getObjectProperty" -> properties.get((String) args[0]);
                  case "propertyExists" -> properties.containsKey((String) args[0]);
                  case "getIntProperty" -> Integer.parseInt(properties.get(args[0]).toString());
                  case "getJMSMessageID" -> messageId;
                  case "getJMSDestination" -> destination;
                  case "getJMSRedelivered" -> Boolean.TRUE.equals(redelivered);
                  default -> defaultValue(method);
                });
    return type.cast(proxy);
  }

  private static Object defaultValue(java.lang.reflect.Method method) {
    Class<?> returned = method.getReturnType();
    if (returned == boolean.class) {
      return false;
    }
    if (returned == int.class || returned == long.class) {
      return returned == int.class ? (Object) 0 : (Object) 0L;
    }
    return null;
  }
}
