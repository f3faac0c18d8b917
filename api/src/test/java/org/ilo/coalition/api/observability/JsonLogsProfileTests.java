package org.ilo.coalition.api.observability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The json-logs profile writes one ECS JSON object per console line, with the request id as a field. */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsProfileTests {

	@Test
	void writesEachLogLineAsAJsonObjectWithTheRequestId(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE).profiles("json-logs").run("--spring.main.banner-mode=off")) {
			MDC.put(RequestIdFilter.MDC_KEY, "json-line-1");
			try {
				LoggerFactory.getLogger(JsonLogsProfileTests.class).info("structured hello");
			}
			finally {
				MDC.remove(RequestIdFilter.MDC_KEY);
			}
		}

		String line = output.getOut().lines().filter((l) -> l.contains("structured hello")).findFirst().orElseThrow();
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.path("message").asText()).isEqualTo("structured hello");
		assertThat(json.path("requestId").asText()).isEqualTo("json-line-1");
		// ECS names the level log.level; Boot versions differ on nesting it or not.
		assertThat(json.path("log").path("level").asText("") + json.path("log.level").asText("")).isEqualTo("INFO");
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
