package org.ilo.coalition.graphtest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring configuration graph-model tests start: the module's beans and Boot's Neo4j auto-configuration.
 *
 * <p>It lives outside {@code org.ilo.coalition.graph} so that the api application, which scans that package and
 * has this module's test jar on its test classpath, never picks it up.
 */
@SpringBootApplication(scanBasePackages = "org.ilo.coalition.graph")
public class GraphModelTestApplication {
}
