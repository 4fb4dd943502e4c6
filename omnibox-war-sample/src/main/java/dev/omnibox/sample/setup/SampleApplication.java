package dev.omnibox.sample.setup;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sample's REST endpoints under {@code /api}, which need no login. */
@ApplicationPath("/api")
public class SampleApplication extends Application {}
