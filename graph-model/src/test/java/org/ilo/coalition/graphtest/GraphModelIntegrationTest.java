package org.ilo.coalition.graphtest;

import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;

/** Base of graph-model's integration tests: the module's beans against the test JVM's one Neo4j. */
@SpringBootTest(classes = GraphModelTestApplication.class)
public abstract class GraphModelIntegrationTest extends GraphIntegrationTest {
}
