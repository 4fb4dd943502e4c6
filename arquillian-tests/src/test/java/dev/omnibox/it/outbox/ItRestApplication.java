package dev.omnibox.it.outbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Activates JAX-RS in the tracing test deployment. */
@ApplicationPath("/api")
public class ItRestApplication extends Application {}
