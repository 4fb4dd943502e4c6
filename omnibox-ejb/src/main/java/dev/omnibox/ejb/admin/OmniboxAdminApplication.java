package dev.omnibox.ejb.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The admin REST API at {@code <context root>/omnibox/api}, beside whatever JAX-RS application the
 * deployment has of its own. It contains only the admin resources, their access filter and their
 * error mapper.
 */
@ApplicationPath(OmniboxAdminApplication.PATH)
public class OmniboxAdminApplication extends Application {

  /** The path of the API below the context root. */
  public static final String PATH = "omnibox/api";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(AdminApi.class, AdminAccess.class, AdminProblemMapper.class);
  }
}
